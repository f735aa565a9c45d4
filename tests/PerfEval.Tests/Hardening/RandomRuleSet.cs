using System.Globalization;
using System.Text;
using PerfEval.Inputs;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// A random but valid rule set, written out as YAML text, with a random input for it. The tree has one to three
/// levels; leaf weights are positive with two decimals and every group's weight is the sum of its children's; each
/// leaf has one method among formula, bands, deduction, checklist, pass_fail and judgement; some indicators carry an
/// <c>applies_when</c> with a random fallback. A <c>move_to</c> only ever points forward in tree order (so no cycle),
/// a <c>spread</c> only where a sibling is always assessed, and every group keeps one leaf that is always assessed.
/// Everything comes from the seed, so a failure names the seed that replays it.
/// </summary>
internal sealed class RandomRuleSet
{
    private readonly Random random;
    private readonly List<Node> nodes = new();
    private readonly StringBuilder inputs = new();
    private readonly List<Action<InputValuesBuilder>> values = new();

    private RandomRuleSet(int seed, bool withProbe)
    {
        Seed = seed;
        random = new Random(seed);
        var roots = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Grow(null, 1, random.Next(1, 4))).ToList();
        if (withProbe)
        {
            // The probe is a top-level leaf with no applies_when, so it is always assessed (it may receive weight).
            Probe = new Node(nodes.Count, null, 1) { Cents = random.Next(100, 2001), Method = random.Next(2) == 0 ? "formula" : "bands" };
            nodes.Add(Probe);
            roots.Insert(random.Next(roots.Count + 1), Probe);
            Renumber(roots);
        }

        Roots = roots;
        foreach (var root in roots)
        {
            SumGroups(root);
        }

        AssignApplicability();
        Yaml = Write();
    }

    public int Seed { get; }

    /// <summary>Gets the rule set as YAML text.</summary>
    public string Yaml { get; }

    /// <summary>Gets the top-level indicators.</summary>
    public IReadOnlyList<Node> Roots { get; }

    /// <summary>Gets the leaf that alone reads the input <c>rate</c> (higher is better), when one was asked for.</summary>
    public Node? Probe { get; }

    public decimal Total => Roots.Sum(r => r.Cents) / 100m;

    public static RandomRuleSet Generate(int seed, bool withProbe = false) => new(seed, withProbe);

    /// <summary>A random input for the rule set; with a probe, <c>rate</c> takes the given value.</summary>
    public InputValues Input(int seed, decimal? rate = null)
    {
        var builder = InputValues.CreateBuilder().Subject("单位 " + seed.ToString(CultureInfo.InvariantCulture));
        var inputRandom = new Random(seed);
        foreach (var set in values)
        {
            set(builder);
        }

        foreach (var node in nodes)
        {
            node.SetInputs(builder, inputRandom);
        }

        if (Probe is not null)
        {
            builder.Set("rate", rate ?? Cents(inputRandom, 0, 20_000) / 10_000m);
        }

        return builder.Build();
    }

    public override string ToString() => $"seed {Seed}:\n{Yaml}";

    private static decimal Cents(Random random, int min, int max) => random.Next(min, max + 1);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private Node Grow(Node? parent, int level, int depth)
    {
        var node = new Node(nodes.Count, parent, level);
        nodes.Add(node);
        if (level < depth && random.NextDouble() < 0.55)
        {
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                node.Children.Add(Grow(node, level + 1, depth));
            }
        }
        else
        {
            node.Cents = random.Next(1, 2001);
            node.Method = new[] { "formula", "bands", "deduction", "checklist", "pass_fail", "judgement" }[random.Next(6)];
            if (node.Method == "checklist" && node.Cents < 3)
            {
                node.Method = "pass_fail";
            }
        }

        return node;
    }

    private void Renumber(List<Node> roots)
    {
        nodes.Clear();
        void Visit(Node node)
        {
            node.Index = nodes.Count;
            nodes.Add(node);
            foreach (var child in node.Children)
            {
                Visit(child);
            }
        }

        foreach (var root in roots)
        {
            Visit(root);
        }
    }

    private static int SumGroups(Node node)
    {
        if (node.Children.Count > 0)
        {
            node.Cents = node.Children.Sum(SumGroups);
        }

        return node.Cents;
    }

    private void AssignApplicability()
    {
        foreach (var node in nodes.Where(n => n != Probe))
        {
            node.Conditional = random.NextDouble() < 0.3;
        }

        // Every group keeps a path of unconditional indicators down to a leaf, so an assessed group always has an
        // assessed leaf to take the weight moved onto it (moving weight onto a group none of whose leaves is assessed
        // is an evaluation error, PE0206, which a generated input must not meet).
        foreach (var group in nodes.Where(n => n.Children.Count > 0))
        {
            if (!group.Children.Any(AlwaysReachesALeaf))
            {
                for (var child = group.Children[0]; child is not null; child = child.Children.FirstOrDefault())
                {
                    child.Conditional = false;
                }
            }
        }

        foreach (var node in nodes.Where(n => n.Conditional))
        {
            var siblings = (node.Parent?.Children ?? Roots).Where(s => s != node).ToList();
            var forward = nodes.Where(t => t.Index > node.Index && !IsInside(t, node)).ToList();
            var kinds = new List<string> { "full_marks", "zero" };
            if (siblings.Any(s => !s.Conditional))
            {
                kinds.Add("spread");
            }

            if (forward.Count > 0)
            {
                kinds.Add("move_to");
                kinds.Add("move_to");
            }

            node.Fallback = kinds[random.Next(kinds.Count)];
            node.Target = node.Fallback == "move_to" ? forward[random.Next(forward.Count)] : null;
            node.ConditionInput = "when_" + node.Index.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static bool AlwaysReachesALeaf(Node node) => !node.Conditional && (node.Children.Count == 0 || node.Children.Any(AlwaysReachesALeaf));

    private static bool IsInside(Node node, Node ancestor)
    {
        for (var p = node; p is not null; p = p.Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private string Write()
    {
        var total = Total;
        var middle = Math.Round(total / 2, 2, MidpointRounding.AwayFromZero);
        var yaml = new StringBuilder();
        yaml.Append("format: perfeval/1\nid: random-").Append(Seed.ToString(CultureInfo.InvariantCulture)).Append("\nversion: 1.0.0\ntitle: 随机规则\n");
        yaml.Append("total: ").Append(Number(total)).Append('\n');
        yaml.Append("rounding: { decimals: 2, midpoint: ").Append(random.Next(2) == 0 ? "away_from_zero" : "to_even").Append(" }\n");
        yaml.Append("grades:\n");
        yaml.Append("  - { grade: excellent, label: 优, gte: ").Append(Number(middle)).Append(", lte: ").Append(Number(total)).Append(" }\n");
        yaml.Append("  - { grade: poor, label: 差, gte: 0, lt: ").Append(Number(middle)).Append(" }\n");
        var body = new StringBuilder();
        foreach (var root in Roots)
        {
            WriteNode(body, root, "  ");
        }

        yaml.Append("inputs:\n").Append(inputs);
        yaml.Append("indicators:\n").Append(body);
        return yaml.ToString();
    }

    private void Input(string name, string type, string? extra = null)
    {
        inputs.Append("  - { name: ").Append(name).Append(", type: ").Append(type).Append(extra is null ? string.Empty : ", " + extra).Append(" }\n");
    }

    private void WriteNode(StringBuilder yaml, Node node, string indent)
    {
        var weight = Number(node.Cents / 100m);
        yaml.Append(indent).Append("- id: ").Append(node.Id).Append('\n');
        var inner = indent + "  ";
        yaml.Append(inner).Append("name: 指标").Append(node.Index.ToString(CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append(inner).Append("weight: ").Append(weight).Append('\n');
        if (node.Conditional)
        {
            Input(node.ConditionInput!, "boolean");
            yaml.Append(inner).Append("applies_when: ").Append(node.ConditionInput).Append('\n');
            yaml.Append(inner).Append("fallback: { kind: ").Append(node.Fallback);
            yaml.Append(node.Target is null ? string.Empty : ", target: " + node.Target.Id).Append(" }\n");
            var applies = random.Next(3) != 0;
            var name = node.ConditionInput!;
            values.Add(b => b.Set(name, applies));
        }

        if (node.Children.Count > 0)
        {
            yaml.Append(inner).Append("children:\n");
            foreach (var child in node.Children)
            {
                WriteNode(yaml, child, inner + "  ");
            }

            return;
        }

        var n = node.Index.ToString(CultureInfo.InvariantCulture);
        var cents = node.Cents;
        var probe = node == Probe;
        switch (node.Method)
        {
            case "formula":
            {
                var rate = probe ? "rate" : "rate_" + n;
                Input(rate, "decimal", "min: 0");
                node.Numbers.Add((rate, 0, 15_000, 10_000m));
                var formula = probe || random.Next(3) != 0
                    ? $"weight * Min(1, {rate})"
                    : random.Next(2) == 0 ? $"Min(weight, {rate} * 2)" : $"if({rate} >= 1, weight, Round(weight * {rate} / 3, 4))";
                yaml.Append(inner).Append("formula: \"").Append(formula).Append("\"\n");
                break;
            }

            case "bands":
            {
                var value = probe ? "rate" : "value_" + n;
                Input(value, "decimal", probe ? "min: 0" : null);
                node.Numbers.Add((value, probe ? 0 : -5_000, 15_000, 10_000m));
                var count = random.Next(1, 5);
                var bounds = Enumerable.Range(0, count).Select(_ => random.Next(0, 12_000)).Distinct().OrderBy(b => b).Select(b => b / 10_000m).ToList();
                var points = Enumerable.Range(0, bounds.Count + 1).Select(_ => random.Next(0, cents + 1) / 100m).ToList();
                if (probe || random.Next(2) == 0)
                {
                    points.Sort(); // higher is better
                }

                yaml.Append(inner).Append("bands:\n").Append(inner).Append("  value: ").Append(value).Append('\n').Append(inner).Append("  ranges:\n");
                for (var i = 0; i <= bounds.Count; i++)
                {
                    var lower = i == 0 ? string.Empty : "gte: " + Number(bounds[i - 1]) + ", ";
                    var upper = i == bounds.Count ? string.Empty : "lt: " + Number(bounds[i]) + ", ";
                    yaml.Append(inner).Append("    - { ").Append(lower).Append(upper).Append("points: ").Append(Number(points[i])).Append(" }\n");
                }

                break;
            }

            case "deduction":
            {
                var value = "measured_" + n;
                Input(value, "decimal");
                node.Numbers.Add((value, -2_000, 20_000, 1_000m));
                var per = new[] { "0.01", "0.05", "0.5", "1", "5" }[random.Next(5)];
                var points = new[] { "0.25", "0.5", "1", "2" }[random.Next(4)];
                var counting = new[] { "exact", "whole", "started" }[random.Next(3)];
                var direction = random.Next(2) == 0 ? "above" : "below";
                var threshold = Number(random.Next(0, 500) / 100m);
                yaml.Append(inner).Append("deduction: { value: ").Append(value).Append(", threshold: ").Append(threshold).Append(", direction: ").Append(direction)
                    .Append(", per: ").Append(per).Append(", points: ").Append(points).Append(", counting: ").Append(counting).Append(" }\n");
                break;
            }

            case "checklist":
            {
                var count = random.Next(1, Math.Min(4, cents) + 1);
                var cuts = Enumerable.Range(0, count - 1).Select(_ => random.Next(1, cents)).Distinct().OrderBy(c => c).ToList();
                var edges = new List<int> { 0 };
                edges.AddRange(cuts);
                edges.Add(cents);
                yaml.Append(inner).Append("checklist:\n").Append(inner).Append("  criteria:\n");
                for (var i = 0; i + 1 < edges.Count; i++)
                {
                    var met = "met_" + n + "_" + i.ToString(CultureInfo.InvariantCulture);
                    Input(met, "boolean");
                    node.Flags.Add(met);
                    yaml.Append(inner).Append("    - { id: c").Append(i.ToString(CultureInfo.InvariantCulture)).Append(", name: 条件").Append(i.ToString(CultureInfo.InvariantCulture))
                        .Append(", met: ").Append(met).Append(", points: ").Append(Number((edges[i + 1] - edges[i]) / 100m)).Append(" }\n");
                }

                break;
            }

            case "pass_fail":
            {
                var flag = "passed_" + n;
                Input(flag, "boolean");
                node.Flags.Add(flag);
                yaml.Append(inner).Append("pass_fail: { condition: ").Append(random.Next(2) == 0 ? flag : "not " + flag).Append(" }\n");
                break;
            }

            default:
                yaml.Append(inner).Append("judgement: { criteria: 按时保质完成 }\n");
                node.Judged = true;
                break;
        }
    }

    /// <summary>One indicator of the generated tree.</summary>
    internal sealed class Node
    {
        public Node(int index, Node? parent, int level)
        {
            Index = index;
            Parent = parent;
            Level = level;
        }

        public int Index { get; set; }

        public string Id => "n" + Index.ToString(CultureInfo.InvariantCulture);

        public Node? Parent { get; }

        public int Level { get; }

        public List<Node> Children { get; } = new();

        public int Cents { get; set; }

        public string? Method { get; set; }

        public bool Conditional { get; set; }

        public string? ConditionInput { get; set; }

        public string? Fallback { get; set; }

        public Node? Target { get; set; }

        public bool Judged { get; set; }

        public List<(string Name, int Min, int Max, decimal Scale)> Numbers { get; } = new();

        public List<string> Flags { get; } = new();

        public void SetInputs(InputValuesBuilder builder, Random random)
        {
            foreach (var (name, min, max, scale) in Numbers.Where(x => x.Name != "rate"))
            {
                builder.Set(name, random.Next(min, max + 1) / scale);
            }

            foreach (var flag in Flags)
            {
                builder.Set(flag, random.Next(2) == 0);
            }

            if (Judged)
            {
                builder.Judge(Id, random.Next(0, Cents + 1) / 100m, "依据自评报告酌情打分");
            }
        }
    }
}
