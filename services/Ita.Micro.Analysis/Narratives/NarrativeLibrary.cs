using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Narratives;

/// <summary>
/// Loads and checks <see cref="NarrativeTemplates"/>. The shipped wording is an embedded resource, so the service
/// cannot start with a paragraph missing or a misspelt placeholder that would be printed as "{scor}" in a document:
/// every problem is found once, on first use, and named.
/// </summary>
public static partial class NarrativeLibrary
{
    /// <summary>The manifest name of Narratives/narratives.json (LogicalName in the csproj).</summary>
    public const string ResourceName = "Narratives.narratives.json";

    /// <summary>The indicators every ITA code book from 2562 on has; each must have its own wording.</summary>
    public const int IndicatorCount = 10;

    private static readonly string[] ParagraphPlaceholders =
    [
        "organisation",
        "indicator",
        "name",
        "score",
        "passMark",
        "passMarkClause",
        "weakest",
        "why",
        "whatToDo",
    ];

    private static readonly Lazy<NarrativeTemplates> Shipped = new(LoadShipped);

    /// <summary>The shipped wording; throws <see cref="InvalidOperationException"/> when it is missing or invalid.</summary>
    public static NarrativeTemplates Default => Shipped.Value;

    /// <summary>Reads and checks templates from JSON.</summary>
    /// <exception cref="InvalidOperationException">The JSON is not valid templates; the message lists every problem.</exception>
    public static NarrativeTemplates Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        NarrativeTemplates? templates;
        try
        {
            templates = JsonSerializer.Deserialize<NarrativeTemplates>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The narrative templates are not valid JSON: {e.Message}", e);
        }

        if (templates is null)
            throw new InvalidOperationException("The narrative templates are empty.");
        var problems = Check(templates);
        if (problems.Count > 0)
            throw new InvalidOperationException("The narrative templates are invalid:\n" + string.Join("\n", problems));
        return templates;
    }

    /// <summary>Every problem with the templates; empty when they are usable.</summary>
    public static IReadOnlyList<string> Check(NarrativeTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var problems = new List<string>();
        foreach (var findingClass in Enum.GetValues<FindingClass>())
        {
            var key = findingClass.ToString();
            if (!templates.Paragraphs.TryGetValue(key, out var paragraph) || string.IsNullOrWhiteSpace(paragraph))
                problems.Add($"paragraphs.{key} is missing.");
            else
                CheckPlaceholders($"paragraphs.{key}", paragraph, ParagraphPlaceholders, problems);
            if (!templates.Findings.TryGetValue(key, out var finding) || string.IsNullOrWhiteSpace(finding))
                problems.Add($"findings.{key} is missing.");
            else
                CheckPlaceholders($"findings.{key}", finding, ParagraphPlaceholders[..^1], problems);
            // An empty item class is allowed (a maintained item needs no comment), a missing one is not: it would be a
            // class nobody decided about.
            if (!templates.ItemClasses.TryGetValue(key, out var itemClass))
                problems.Add($"itemClasses.{key} is missing.");
            else
                CheckPlaceholders($"itemClasses.{key}", itemClass, [], problems);
        }

        CheckPlaceholders("belowPassMark", templates.BelowPassMark, ["passMark"], problems);
        CheckPlaceholders("reachedPassMark", templates.ReachedPassMark, ["passMark"], problems);
        CheckPlaceholders("weakestItems", templates.WeakestItems, ["items", "itemClass"], problems);
        CheckPlaceholders("weakestItem", templates.WeakestItem, ["item", "itemLabel", "itemScore"], problems);
        CheckPlaceholders("itemSeparator", templates.ItemSeparator, [], problems);
        CheckPlaceholders("noItems", templates.NoItems, [], problems);

        for (var number = 1; number <= IndicatorCount; number++)
        {
            var key = number.ToString(CultureInfo.InvariantCulture);
            if (!templates.Indicators.TryGetValue(key, out var indicator))
                problems.Add($"indicators.{key} is missing.");
            else
                CheckIndicator($"indicators.{key}", indicator, problems);
        }

        CheckIndicator("default", templates.Default, problems);
        return problems;
    }

    private static void CheckIndicator(string where, IndicatorNarrative indicator, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(indicator.Why))
            problems.Add($"{where}.why is empty.");
        if (string.IsNullOrWhiteSpace(indicator.WhatToDo))
            problems.Add($"{where}.whatToDo is empty.");
        // The wording is inserted as it stands: a brace in it would be printed.
        CheckPlaceholders($"{where}.why", indicator.Why, [], problems);
        CheckPlaceholders($"{where}.whatToDo", indicator.WhatToDo, [], problems);
    }

    private static void CheckPlaceholders(string where, string text, string[] allowed, List<string> problems)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!allowed.Contains(match.Groups[1].Value, StringComparer.Ordinal))
                problems.Add(
                    $"{where} uses {match.Value}, which it cannot fill"
                        + (
                            allowed.Length == 0
                                ? "."
                                : $" (it can fill {string.Join(", ", allowed.Select(a => "{" + a + "}"))})."
                        )
                );
        }

        if (Placeholder().Replace(text, "").AsSpan().IndexOfAny('{', '}') >= 0)
            problems.Add($"{where} has an unmatched brace.");
    }

    private static NarrativeTemplates LoadShipped()
    {
        using var stream = typeof(NarrativeLibrary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource {ResourceName} is missing: the service's csproj needs "
                    + "<EmbeddedResource Include=\"Narratives/narratives.json\" LogicalName=\"Narratives.narratives.json\" />."
            );
        return Load(stream);
    }

    /// <summary>A placeholder: a name of letters in braces.</summary>
    [GeneratedRegex(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();
}
