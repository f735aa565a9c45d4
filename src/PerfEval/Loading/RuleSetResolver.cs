using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;

namespace PerfEval.Loading;

/// <summary>
/// Resolves <c>extends: id@version</c>: the base's YAML tree with the extending file's changes applied. Scalars and
/// whole sections (rounding, grades) replace the base's; inputs, metrics and checks merge by name or id; indicators are
/// patched by id at any depth: keys given replace the base's (a new scoring method replaces the old one),
/// <c>remove: true</c> deletes, and a new id is added under <c>parent</c> (or at the top) after <c>after</c> (or last).
/// Every node keeps its own file and position, so diagnostics on the resolved set point into the right file.
/// </summary>
internal sealed class RuleSetResolver
{
    private const int MaxChain = 16;

    private readonly Func<string, string, Rules.SourcePosition, DiagnosticSink, YNode?> findBase;
    private readonly DiagnosticSink sink;

    /// <param name="findBase">Reads a base's tree by id and version, or reports at the position why it cannot.</param>
    /// <param name="sink">Where problems go.</param>
    public RuleSetResolver(Func<string, string, Rules.SourcePosition, DiagnosticSink, YNode?> findBase, DiagnosticSink sink)
    {
        this.findBase = findBase;
        this.sink = sink;
    }

    public static string? ExtendsOf(YNode root, out YScalar? node)
    {
        node = (root as YMapping)?.Entries.FirstOrDefault(e => e.Key.Value == "extends").Value as YScalar;
        return node?.Value;
    }

    public YNode? Resolve(YNode root) => Resolve(root, new List<string>());

    private YNode? Resolve(YNode root, List<string> chain)
    {
        if (root is not YMapping child || ExtendsOf(root, out var extendsNode) is not { } reference)
        {
            return root;
        }

        var at = reference.LastIndexOf('@');
        if (at <= 0 || at == reference.Length - 1)
        {
            Error(extendsNode!, Codes.InvalidValue, Messages.ExtendsReference.With(reference));
            return null;
        }

        if (chain.Contains(reference) || chain.Count >= MaxChain)
        {
            Error(extendsNode!, Codes.ExtendsCycle, Messages.ExtendsCycle.With(NameList.Chain(chain.Append(reference))));
            return null;
        }

        var baseTree = findBase(reference.Substring(0, at), reference.Substring(at + 1), new Rules.SourcePosition(extendsNode!.File, extendsNode.Line, extendsNode.Column), sink);
        if (baseTree is null)
        {
            return null;
        }

        chain.Add(reference);
        var resolvedBase = Resolve(baseTree, chain) as YMapping;
        chain.RemoveAt(chain.Count - 1);
        return resolvedBase is null ? null : Merge(resolvedBase, child);
    }

    private YMapping Merge(YMapping baseRoot, YMapping child)
    {
        var result = new YMapping(child.File, child.Line, child.Column);
        result.Entries.AddRange(baseRoot.Entries);
        foreach (var entry in child.Entries)
        {
            switch (entry.Key.Value)
            {
                case "extends":
                    continue;
                case "inputs" or "metrics":
                    Set(result, entry.Key, MergeNamed(Get(result, entry.Key.Value), entry.Value, "name"));
                    break;
                case "checks":
                    Set(result, entry.Key, MergeNamed(Get(result, entry.Key.Value), entry.Value, "id"));
                    break;
                case "indicators":
                    Set(result, entry.Key, PatchIndicators(Get(result, entry.Key.Value), entry.Value));
                    break;
                default:
                    Set(result, entry.Key, entry.Value);
                    break;
            }
        }

        return result;
    }

    private YNode MergeNamed(YNode? baseNode, YNode childNode, string keyName)
    {
        if (baseNode is not YSequence baseList || childNode is not YSequence childList)
        {
            return childNode; // The reader reports a wrong shape.
        }

        var result = new YSequence(baseList.File, baseList.Line, baseList.Column);
        result.Items.AddRange(baseList.Items);
        foreach (var item in childList.Items)
        {
            if (item is not YMapping patch || Scalar(patch, keyName) is not { } key)
            {
                result.Items.Add(item);
                continue;
            }

            var index = result.Items.FindIndex(i => i is YMapping m && Scalar(m, keyName)?.Value == key.Value);
            if (IsRemove(patch))
            {
                if (index < 0)
                {
                    Error(key, Codes.PatchTarget, Messages.RemoveMissingKey.With(key.Value));
                }
                else
                {
                    result.Items.RemoveAt(index);
                }

                continue;
            }

            var clean = Without(patch, RuleFileKeys.PatchKeys);
            ReportPlacementKeys(patch, Messages.Key.With(key.Value));
            if (index < 0)
            {
                result.Items.Add(clean);
            }
            else
            {
                result.Items[index] = Overlay((YMapping)result.Items[index], clean, Array.Empty<string>());
            }
        }

        return result;
    }

    private YNode PatchIndicators(YNode? baseNode, YNode childNode)
    {
        if (baseNode is not YSequence baseList || childNode is not YSequence childList)
        {
            return childNode;
        }

        var roots = baseList.Items.OfType<YMapping>().Select(Tree.From).ToList();
        foreach (var item in childList.Items)
        {
            if (item is not YMapping patch || Scalar(patch, "id") is not { } id)
            {
                if (item is not null)
                {
                    Error(item, Codes.MissingKey, Messages.PatchNeedsId.With());
                }

                continue;
            }

            var (found, siblings) = Tree.Find(roots, id.Value);
            if (IsRemove(patch))
            {
                if (found is null)
                {
                    Error(id, Codes.PatchTarget, Messages.RemoveMissingIndicator.With(id.Value));
                }
                else
                {
                    siblings!.Remove(found);
                }

                continue;
            }

            var changes = Without(patch, RuleFileKeys.PatchKeys);
            var replacing = changes.Entries.Any(e => Array.IndexOf(RuleFileKeys.MethodKeys, e.Key.Value) >= 0 || e.Key.Value == "children");
            Tree node;
            if (found is null)
            {
                node = Tree.From(changes);
            }
            else
            {
                var drop = replacing ? RuleFileKeys.MethodKeys.Append("children").ToArray() : Array.Empty<string>();
                node = Tree.From(Overlay(found.ToMapping(), changes, drop));
                siblings![siblings.IndexOf(found)] = node;
            }

            var parent = Scalar(patch, "parent");
            var after = Scalar(patch, "after");
            if (found is not null && parent is null && after is null)
            {
                continue;
            }

            // Place a new indicator, or move an existing one.
            if (found is not null)
            {
                siblings!.Remove(node);
            }

            var target = roots;
            if (parent is not null)
            {
                var (parentNode, _) = Tree.Find(roots, parent.Value);
                if (parentNode?.Children is null)
                {
                    Error(parent, Codes.PatchTarget, Messages.ParentNotAGroup.With(id.Value, parent.Value));
                    continue;
                }

                target = parentNode.Children;
            }

            var position = target.Count;
            if (after is not null)
            {
                var index = target.FindIndex(t => t.Id == after.Value);
                if (index < 0)
                {
                    Error(after, Codes.PatchTarget, Messages.AfterNotASibling.With(id.Value, after.Value));
                }
                else
                {
                    position = index + 1;
                }
            }

            target.Insert(position, node);
        }

        var result = new YSequence(baseList.File, baseList.Line, baseList.Column);
        result.Items.AddRange(roots.Select(r => r.ToMapping()));
        return result;
    }

    private void ReportPlacementKeys(YMapping patch, DiagnosticMessage what)
    {
        foreach (var entry in patch.Entries.Where(e => e.Key.Value is "parent" or "after"))
        {
            Error(entry.Key, Codes.UnknownKey, Messages.PlacementKey.With(entry.Key.Value, what));
        }
    }

    private bool IsRemove(YMapping patch)
    {
        var remove = Scalar(patch, "remove");
        if (remove is null)
        {
            return false;
        }

        if (remove.Value != "true")
        {
            Error(remove, Codes.InvalidValue, Messages.RemoveOnlyTrue.With());
            return false;
        }

        return true;
    }

    private void Error(YNode node, string code, DiagnosticMessage message) => sink.Error(code, message, new Rules.SourcePosition(node.File, node.Line, node.Column));

    private static YScalar? Scalar(YMapping map, string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Value as YScalar;

    private static YNode? Get(YMapping map, string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    private static void Set(YMapping map, YScalar key, YNode value)
    {
        var index = map.Entries.FindIndex(e => e.Key.Value == key.Value);
        var entry = new KeyValuePair<YScalar, YNode>(key, value);
        if (index < 0)
        {
            map.Entries.Add(entry);
        }
        else
        {
            map.Entries[index] = entry;
        }
    }

    private static YMapping Without(YMapping map, string[] keys)
    {
        var result = new YMapping(map.File, map.Line, map.Column);
        result.Entries.AddRange(map.Entries.Where(e => Array.IndexOf(keys, e.Key.Value) < 0));
        return result;
    }

    /// <summary>The base mapping with the drop keys removed and every key of the changes set.</summary>
    private static YMapping Overlay(YMapping baseMap, YMapping changes, string[] drop)
    {
        var result = Without(baseMap, drop);
        foreach (var entry in changes.Entries)
        {
            Set(result, entry.Key, entry.Value);
        }

        return result;
    }

    /// <summary>A mutable view of an indicator mapping and its children, for patching.</summary>
    private sealed class Tree
    {
        private Tree(YMapping map, List<Tree>? children, YScalar? childrenKey, YSequence? childrenNode)
        {
            Map = map;
            Children = children;
            ChildrenKey = childrenKey;
            ChildrenNode = childrenNode;
        }

        public YMapping Map { get; }

        public List<Tree>? Children { get; }

        public string? Id => Scalar(Map, "id")?.Value;

        private YScalar? ChildrenKey { get; }

        private YSequence? ChildrenNode { get; }

        public static Tree From(YMapping map)
        {
            var entry = map.Entries.FirstOrDefault(e => e.Key.Value == "children");
            if (entry.Value is YSequence sequence)
            {
                return new Tree(Without(map, new[] { "children" }), sequence.Items.OfType<YMapping>().Select(From).ToList(), entry.Key, sequence);
            }

            return new Tree(map, null, null, null);
        }

        public static (Tree? Node, List<Tree>? Siblings) Find(List<Tree> list, string id)
        {
            foreach (var tree in list)
            {
                if (tree.Id == id)
                {
                    return (tree, list);
                }

                if (tree.Children is not null && Find(tree.Children, id) is { Node: not null } found)
                {
                    return found;
                }
            }

            return (null, null);
        }

        public YMapping ToMapping()
        {
            if (Children is null)
            {
                return Map;
            }

            var result = new YMapping(Map.File, Map.Line, Map.Column);
            result.Entries.AddRange(Map.Entries);
            var sequence = new YSequence(ChildrenNode!.File, ChildrenNode.Line, ChildrenNode.Column);
            sequence.Items.AddRange(Children.Select(c => c.ToMapping()));
            result.Entries.Add(new KeyValuePair<YScalar, YNode>(ChildrenKey!, sequence));
            return result;
        }
    }
}
