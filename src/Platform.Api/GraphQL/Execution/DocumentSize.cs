using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Execution;

/// <summary>
/// How many selections a document stands for once every fragment spread is replaced by its fragment.
/// Validation rules (overlapping fields, complexity) walk that expanded tree, so a 1 KB document of
/// fragments that each spread the next ten times costs 10^n work there. Counting it here is linear in
/// the document's text: each fragment's size is computed once and reused for every spread of it.
/// </summary>
public static class DocumentSize
{
    /// <summary>
    /// The expanded selection count of every operation and fragment definition together, saturating at
    /// <see cref="long.MaxValue"/>. A fragment that spreads itself (directly or not) counts as empty here;
    /// validation reports the cycle itself.
    /// </summary>
    public static long Expanded(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var definition in document.Definitions.OfType<GraphQLExecutableDefinition>())
            total = Add(total, Count(definition.SelectionSet, fragments, sizes, visiting));
        return total;
    }

    private static long Count(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, long> sizes, HashSet<string> visiting)
    {
        if (set is null) return 0;
        // A chain of fragments nested deep enough to threaten the stack is not a document anyone means.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return long.MaxValue;
        long total = 0;
        foreach (var selection in set.Selections)
        {
            total = Add(total, selection switch
            {
                GraphQLField field => Add(1, Count(field.SelectionSet, fragments, sizes, visiting)),
                GraphQLInlineFragment inline => Add(1, Count(inline.SelectionSet, fragments, sizes, visiting)),
                GraphQLFragmentSpread spread => Add(1, SizeOf(spread.FragmentName.Name.StringValue, fragments, sizes, visiting)),
                _ => 1,
            });
        }

        return total;
    }

    private static long SizeOf(string name, Dictionary<string, GraphQLFragmentDefinition> fragments,
        Dictionary<string, long> sizes, HashSet<string> visiting)
    {
        if (sizes.TryGetValue(name, out var known)) return known;
        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name)) return 0;
        var size = Count(fragment.SelectionSet, fragments, sizes, visiting);
        visiting.Remove(name);
        sizes[name] = size;
        return size;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
