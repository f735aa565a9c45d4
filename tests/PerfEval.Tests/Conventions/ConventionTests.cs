using System.Reflection;
using PerfEval.Guangdong;
using PerfEval.Loading;

namespace PerfEval.Tests.Conventions;

/// <summary>House rules every public type keeps, in the core and in the Guangdong records.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(RuleSetLoader).Assembly.GetExportedTypes().Concat(typeof(CountyDepartmentReport).Assembly.GetExportedTypes()).ToArray();

    [Fact]
    public void PublicClasses_AreSealedOrAbstractOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicExceptions_DeriveFromPerfEvalException()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();
        Assert.Contains(typeof(PerfEvalException), exceptions);
        Assert.All(exceptions.Where(t => t != typeof(PerfEvalException)), t => Assert.True(t.IsSubclassOf(typeof(PerfEvalException)), t.FullName));
    }

    [Fact]
    public void PublicTypes_LiveInTheFolderNamespaces_NeverInternal()
    {
        Assert.All(PublicTypes, t => Assert.DoesNotContain("Internal", t.Namespace!, StringComparison.Ordinal));
        Assert.All(PublicTypes.Where(t => !t.IsNested), t => Assert.StartsWith("PerfEval", t.Namespace!, StringComparison.Ordinal));
    }

    [Fact]
    public void PublicTypes_HaveNoPublicMutableState()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        Assert.Empty(setters);
    }
}
