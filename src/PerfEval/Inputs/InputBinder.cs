using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using PerfEval.Compilation;
using PerfEval.Evaluation;
using PerfEval.Formulas;
using PerfEval.Results;
using Linq = System.Linq.Expressions;

namespace PerfEval.Inputs;

/// <summary>
/// Binds a typed record to <see cref="InputValues"/> by name, or straight into a compiled rule set's slots, through an
/// accessor map compiled once per type (and its slots found once per type and rule set): no reflection per call. Properties of type <c>decimal</c>, <c>int</c>, <c>long</c>, <c>bool</c> or <c>string</c>
/// (nullable or not; <see langword="null"/> means not given) bind to the input named by <see cref="InputAttribute"/>
/// or to the property's name in snake_case. A property holding another record is flattened into the same names.
/// A property of type <c>IReadOnlyDictionary&lt;string, Judgement&gt;</c> gives the judgements; one marked
/// <see cref="InputSubjectAttribute"/> gives the subject. Any other property must be marked <see cref="InputIgnoreAttribute"/>.
/// </summary>
/// <threadsafety>Safe to call from many threads at once.</threadsafety>
public static class InputBinder
{
    private const string NestedRecords = "Records nested in the record are reached through their property types, whose getters trimming may remove; read the inputs with JsonInputReader or InputValues.CreateBuilder() in a trimmed or AOT application.";

    private static readonly ConcurrentDictionary<Type, Accessor[]> Maps = new();

    // Each rule set's slot of every accessor, per record type: worked out on a type's first bind to that rule set.
    private static readonly ConditionalWeakTable<RuleSetPlan, ConcurrentDictionary<Type, Slot[]>> Layouts = new();

    private enum AccessorKind
    {
        Value,
        Subject,
        Judgements,
        Nested,
    }

    /// <summary>Binds a record.</summary>
    /// <typeparam name="T">The record's type.</typeparam>
    /// <param name="record">The record.</param>
    /// <returns>The input values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="T"/> has a property that cannot bind, or two properties bind to the same name.
    /// </exception>
    [RequiresUnreferencedCode(NestedRecords)]
    public static InputValues Bind<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T record)
        where T : class
    {
        Guard.NotNull(record);
        var builder = InputValues.CreateBuilder().Source(typeof(T).Name);
        Apply(record, Map(record.GetType()), builder);
        return builder.Build();
    }

    /// <summary>Binds a record straight into a compiled rule set's slots, through each accessor's slot found once per type and rule set.</summary>
    /// <typeparam name="T">The record's type.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="rules">The rule set whose slots the values go in.</param>
    /// <returns>The bound input, or every value that does not fit its declaration (unknown, missing, mistyped, out of range).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="T"/> has a property that cannot bind, or two properties bind to the same name.
    /// </exception>
    [RequiresUnreferencedCode(NestedRecords)]
    public static Result<BoundInput> Bind<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T record, CompiledRuleSet rules)
        where T : class
    {
        Guard.NotNull(record);
        Guard.NotNull(rules);
        var plan = rules.Plan;
        var layout = Layouts.GetValue(plan, _ => new ConcurrentDictionary<Type, Slot[]>()).GetOrAdd(record.GetType(), type => Resolve(Map(type), plan));
        var sink = new DiagnosticSink(typeof(T).Name);
        var slots = new SlotWriter(plan, sink);
        string? subject = null;
        Write(record, layout, slots, ref subject);
        var bound = slots.Finish(subject, typeof(T).Name);
        return Result<BoundInput>.OfInput(sink.HasErrors ? null : bound, sink.Sorted());
    }

    private static Slot[] Resolve(Accessor[] accessors, RuleSetPlan plan) => Array.ConvertAll(accessors, a => new Slot(
        a,
        a.Kind == AccessorKind.Value && plan.InputsByName.TryGetValue(a.Name, out var symbol) ? symbol : null,
        a.Nested is null ? null : Resolve(a.Nested, plan)));

    private static void Write(object record, Slot[] layout, SlotWriter slots, ref string? subject)
    {
        foreach (var slot in layout)
        {
            var accessor = slot.Accessor;
            var value = accessor.Get(record);
            if (value is null)
            {
                continue;
            }

            switch (accessor.Kind)
            {
                case AccessorKind.Value:
                    var symbol = slot.Symbol;
                    var bound = symbol is not null && value switch
                    {
                        decimal d => slots.Number(symbol, d),
                        int i => slots.Number(symbol, i),
                        long l => slots.Number(symbol, l),
                        bool b => slots.Boolean(symbol, b),
                        _ => slots.Text(symbol, (string)value),
                    };
                    if (!bound)
                    {
                        slots.Reject(accessor.Name, symbol, ValueOf(value));
                    }

                    break;
                case AccessorKind.Subject:
                    subject = (string)value;
                    break;
                case AccessorKind.Judgements:
                    foreach (var pair in (IReadOnlyDictionary<string, Judgement>)value)
                    {
                        slots.Judge(pair.Key, pair.Value);
                    }

                    break;
                default:
                    Write(value, slot.Nested!, slots, ref subject);
                    break;
            }
        }
    }

    private static InputValue ValueOf(object value) => value switch
    {
        decimal d => InputValue.Of(d),
        int i => InputValue.Of(i),
        long l => InputValue.Of(l),
        bool b => InputValue.Of(b),
        _ => InputValue.Of((string)value),
    };

    private static void Apply(object record, Accessor[] accessors, InputValuesBuilder builder)
    {
        foreach (var accessor in accessors)
        {
            var value = accessor.Get(record);
            if (value is null)
            {
                continue;
            }

            switch (accessor.Kind)
            {
                case AccessorKind.Value:
                    builder.Set(accessor.Name, ValueOf(value));
                    break;
                case AccessorKind.Subject:
                    builder.Subject((string)value);
                    break;
                case AccessorKind.Judgements:
                    foreach (var pair in (IReadOnlyDictionary<string, Judgement>)value)
                    {
                        builder.Judge(pair.Key, pair.Value);
                    }

                    break;
                default:
                    Apply(value, accessor.Nested!, builder);
                    break;
            }
        }
    }

    [RequiresUnreferencedCode(NestedRecords)]
    private static Accessor[] Map(Type type) => Maps.GetOrAdd(type, t =>
    {
        var accessors = Build(t, new HashSet<Type>());
        var duplicate = Flatten(accessors).GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two properties of {t.Name} bind to the input '{duplicate.Key}'.");
        }

        return accessors;
    });

    private static IEnumerable<Accessor> Flatten(IEnumerable<Accessor> accessors) =>
        accessors.SelectMany(a => a.Kind == AccessorKind.Nested ? Flatten(a.Nested!) : a.Kind == AccessorKind.Value ? new[] { a } : Array.Empty<Accessor>());

    [RequiresUnreferencedCode(NestedRecords)]
    private static Accessor[] Build(Type type, HashSet<Type> visiting)
    {
        if (!visiting.Add(type))
        {
            throw new InvalidOperationException($"{type.Name} contains itself; input records must form a tree.");
        }

        var accessors = new List<Accessor>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            if (property.IsDefined(typeof(InputIgnoreAttribute), inherit: true))
            {
                continue;
            }

            var getter = Getter(type, property);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.IsDefined(typeof(InputSubjectAttribute), inherit: true))
            {
                if (propertyType != typeof(string))
                {
                    throw new InvalidOperationException($"{type.Name}.{property.Name} is marked [InputSubject] but is not a string.");
                }

                accessors.Add(new Accessor(property.Name, AccessorKind.Subject, getter, null));
            }
            else if (propertyType == typeof(decimal) || propertyType == typeof(int) || propertyType == typeof(long) || propertyType == typeof(bool) || propertyType == typeof(string))
            {
                var name = property.GetCustomAttribute<InputAttribute>(inherit: true)?.Name ?? SnakeCase(property.Name);
                accessors.Add(new Accessor(name, AccessorKind.Value, getter, null));
            }
            else if (typeof(IReadOnlyDictionary<string, Judgement>).IsAssignableFrom(propertyType))
            {
                accessors.Add(new Accessor(property.Name, AccessorKind.Judgements, getter, null));
            }
            else if (propertyType.IsClass && !typeof(System.Collections.IEnumerable).IsAssignableFrom(propertyType))
            {
                accessors.Add(new Accessor(property.Name, AccessorKind.Nested, getter, Build(propertyType, visiting)));
            }
            else
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} of type {property.PropertyType.Name} cannot bind to an input; mark it [InputIgnore] or bind a summary of it through another property.");
            }
        }

        visiting.Remove(type);
        return accessors.ToArray();
    }

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var parameter = Linq.Expression.Parameter(typeof(object), "record");
        var body = Linq.Expression.Convert(Linq.Expression.Property(Linq.Expression.Convert(parameter, type), property), typeof(object));
        return Linq.Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }

    internal static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextLower = i > 0 && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]);
                if (previousLower || nextLower)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private sealed class Accessor
    {
        public Accessor(string name, AccessorKind kind, Func<object, object?> get, Accessor[]? nested)
        {
            Name = name;
            Kind = kind;
            Get = get;
            Nested = nested;
        }

        public string Name { get; }

        public AccessorKind Kind { get; }

        public Func<object, object?> Get { get; }

        public Accessor[]? Nested { get; }
    }

    /// <summary>An accessor with the slot of the input it binds to in one rule set (<see langword="null"/>: the rule set has no such input).</summary>
    private sealed class Slot
    {
        public Slot(Accessor accessor, Symbol? symbol, Slot[]? nested)
        {
            Accessor = accessor;
            Symbol = symbol;
            Nested = nested;
        }

        public Accessor Accessor { get; }

        public Symbol? Symbol { get; }

        public Slot[]? Nested { get; }
    }
}
