using PerfEval.Guangdong;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Inputs;

public sealed class InputBinderTests
{
    [Fact]
    public void Bind_YangxiTypedReport_ScoresExactlyAsTheJsonSample()
    {
        var rules = Some.Yangxi();
        var typed = rules.Score(InputBinder.Bind(YangxiReport.Create()));
        var json = rules.Score(Some.YangxiInput());

        Assert.Equal(92.76m, typed.Total);
        Assert.Equal(TextRenderer.Render(json), TextRenderer.Render(typed).Replace(nameof(CountyDepartmentReport), "samples/yangxi-2023.json", StringComparison.Ordinal));
        Assert.Equal(Strip(JsonRenderer.Render(json)), Strip(JsonRenderer.Render(typed)));
    }

    [Fact]
    public void Bind_IntoSlots_ScoresAsBindingByNameDoes()
    {
        var rules = Some.Yangxi();
        var record = YangxiReport.Create();

        var bound = InputBinder.Bind(record, rules).GetValueOrThrow();
        var again = InputBinder.Bind(YangxiReport.Create() with { Unit = "另一单位" }, rules).GetValueOrThrow();

        Assert.Equal(JsonRenderer.Render(rules.Score(InputBinder.Bind(record))), JsonRenderer.Render(rules.Evaluate(bound).GetValueOrThrow()));
        Assert.Equal("另一单位", again.Subject);
        Assert.Equal(92.76m, rules.Evaluate(again).GetValueOrThrow().Total);
    }

    [Fact]
    public void Bind_IntoSlots_ValuesThatDoNotFit_GiveTheDiagnosticsOfBindingByName()
    {
        var rules = Some.Yangxi();
        var record = new Plain { IssuedBudget = -5m, HasTransferPayments = true, Region = "阳西" };

        var intoSlots = InputBinder.Bind(record, rules);
        var byName = rules.Bind(InputBinder.Bind(record));

        Assert.Null(intoSlots.Value);
        Assert.NotEmpty(byName.Errors);
        Assert.Equal(byName.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal), intoSlots.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bind_YangxiTypedReport_GivesTheSampleValues()
    {
        var typed = InputBinder.Bind(YangxiReport.Create());
        var json = Some.YangxiInput();

        Assert.Equal(json.Subject, typed.Subject);
        Assert.Equal(json.Values.Keys.OrderBy(k => k, StringComparer.Ordinal), typed.Values.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, value) in json.Values)
        {
            Assert.Equal(value.ToString(), typed.Values[name].ToString());
        }
    }

    [Fact]
    public void Bind_NullableWithoutValue_IsAbsent()
    {
        var values = InputBinder.Bind(YangxiReport.Create()).Values;

        Assert.False(values.ContainsKey("procurement_budget"));
        Assert.Equal(2m, values["work_target_count"].Number);
        Assert.Equal(2m, values["work_targets_met"].Number);
    }

    [Fact]
    public void Bind_UnannotatedProperties_UseSnakeCaseNames()
    {
        var values = InputBinder.Bind(new Plain { IssuedBudget = 1.5m, HasTransferPayments = true, Region = "county", Nested = new Inner { PetitionsOverdue = 2 } }).Values;

        Assert.Equal(1.5m, values["issued_budget"].Number);
        Assert.True(values["has_transfer_payments"].Boolean);
        Assert.Equal("county", values["region"].Text);
        Assert.Equal(2m, values["petitions_overdue"].Number);
    }

    [Fact]
    public void Bind_UnsupportedPropertyType_ThrowsNamingTheProperty()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => InputBinder.Bind(new WithList()));
        Assert.Contains("WithList.Items", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_TwoPropertiesWithOneName_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => InputBinder.Bind(new Clash()));
        Assert.Contains("'issued_budget'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => InputBinder.Bind<Plain>(null!));

    [Theory]
    [InlineData("IssuedBudget", "issued_budget")]
    [InlineData("HasTransferPayments", "has_transfer_payments")]
    [InlineData("FixedAssetUtilizationAtLeast90", "fixed_asset_utilization_at_least90")]
    [InlineData("VATRate", "vat_rate")]
    public void SnakeCase_PascalCase_LowersAndSeparates(string name, string expected) => Assert.Equal(expected, InputBinder.SnakeCase(name));

    private static string Strip(string json) => json.Replace("\"file\": \"samples/yangxi-2023.json\"", "\"file\": \"CountyDepartmentReport\"", StringComparison.Ordinal);

    private sealed class Plain
    {
        public decimal IssuedBudget { get; init; }

        public bool HasTransferPayments { get; init; }

        public string? Region { get; init; }

        public Inner Nested { get; init; } = new();
    }

    private sealed class Inner
    {
        public int PetitionsOverdue { get; init; }
    }

    private sealed class WithList
    {
        public List<int> Items { get; init; } = new();
    }

    private sealed class Clash
    {
        public decimal IssuedBudget { get; init; }

        [Input("issued_budget")]
        public decimal Other { get; init; }
    }
}
