using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// One version of the catalogue of recommended measures, and the rule that picks measures for an analysis's
/// findings. The shipped seed (Catalogue/catalogue.json, embedded) is version 1; administrators' edits are later
/// versions kept by <see cref="CatalogueStore"/>.
/// </summary>
public sealed class MeasureCatalogue
{
    /// <summary>A finding to fix first (จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน).</summary>
    public const string Urgent = "Urgent";

    /// <summary>A finding to improve (ประเด็นที่ต้องพัฒนาให้ดีขึ้น).</summary>
    public const string Develop = "Develop";

    /// <summary>The seed's manifest name, fixed by the csproj's LogicalName so it does not follow folder renames.</summary>
    public const string SeedResource = "Catalogue.catalogue.json";

    /// <summary>The seed's version: stored versions start above it.</summary>
    public const int SeedVersion = 1;

    private static readonly Lazy<MeasureCatalogue> LazySeed = new(LoadSeed);

    /// <summary>Web (camelCase) names like the API; Thai kept readable in stored JSON, as the shipped file is written.</summary>
    public static JsonSerializerOptions JsonOptions { get; } =
        new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public MeasureCatalogue(int version, IEnumerable<CatalogueMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        Version = version;
        // One fixed order (indicator, then priority) so that listings and stored versions compare line by line.
        Measures = measures
            .Select(m => m.Normalised())
            .OrderBy(m => m.Indicator)
            .ThenBy(m => m.Priority)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The shipped catalogue, version 1.</summary>
    public static MeasureCatalogue Seed => LazySeed.Value;

    public int Version { get; }

    /// <summary>By indicator, then priority (most important first), then id.</summary>
    public IReadOnlyList<CatalogueMeasure> Measures { get; }

    public CatalogueDocument ToDocument() => new() { Version = Version, Measures = Measures };

    public CatalogueMeasure? Find(string id) =>
        Measures.FirstOrDefault(m => string.Equals(m.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The measures of an indicator and/or answering a concept; no filter gives them all.</summary>
    public IReadOnlyList<CatalogueMeasure> Filter(int? indicator, string? concept)
    {
        concept = string.IsNullOrWhiteSpace(concept) ? null : concept.Trim();
        return Measures
            .Where(m => indicator is null || m.Indicator == indicator)
            .Where(m => concept is null || m.Concepts.Contains(concept, StringComparer.Ordinal))
            .ToArray();
    }

    /// <summary>
    /// The measures to propose for an analysis's findings, most important first: urgent findings before develop
    /// ones, lower scores first; for each finding up to <paramref name="maxPerFinding"/> measures, those answering
    /// its item concept before those only of its indicator, each group by priority. A measure that answers several
    /// findings appears once, where the most important of them put it. Findings of any other class (e.g. an item
    /// to maintain) get no measures: only urgent and develop items need a plan.
    /// </summary>
    /// <param name="findings">Indicator (1–10), the item's concept if the finding is about one item, the class
    /// (<see cref="Urgent"/> or <see cref="Develop"/>) and the score (0–100).</param>
    public IReadOnlyList<CatalogueMeasure> Propose(
        IEnumerable<(int Indicator, string? Concept, string Class, decimal Score)> findings,
        int maxPerFinding
    )
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPerFinding);

        var ordered = findings
            .Select(f => (Finding: f, Rank: ClassRank(f.Class)))
            .Where(f => f.Rank >= 0)
            // Indicator and concept only break ties, so that the same findings always give the same plan.
            .OrderBy(f => f.Rank)
            .ThenBy(f => f.Finding.Score)
            .ThenBy(f => f.Finding.Indicator)
            .ThenBy(f => f.Finding.Concept, StringComparer.Ordinal)
            .Select(f => f.Finding);

        var proposed = new List<CatalogueMeasure>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var finding in ordered)
        foreach (var measure in Candidates(finding.Indicator, finding.Concept).Take(maxPerFinding))
            if (seen.Add(measure.Id))
                proposed.Add(measure);
        return proposed;
    }

    /// <summary>Reads a catalogue document (the seed's or a stored version's JSON).</summary>
    /// <exception cref="InvalidDataException">The JSON is not a catalogue document.</exception>
    public static MeasureCatalogue Parse(string json)
    {
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogueDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The catalogue is not valid JSON: {ex.Message}", ex);
        }
        if (document is null)
            throw new InvalidDataException("The catalogue is empty.");
        return new MeasureCatalogue(document.Version, document.Measures ?? []);
    }

    public string ToJson() => JsonSerializer.Serialize(ToDocument(), JsonOptions);

    private IEnumerable<CatalogueMeasure> Candidates(int indicator, string? concept)
    {
        concept = string.IsNullOrWhiteSpace(concept) ? null : concept.Trim();
        // A concept match counts whatever the measure's indicator: a concept can move between indicators from one
        // year to the next (ethics-promotion is indicator 10 in 2566 and 9 in 2568), the concept is the stable key.
        return Measures
            .Select(m =>
                (Measure: m, ConceptMatch: concept is not null && m.Concepts.Contains(concept, StringComparer.Ordinal))
            )
            .Where(c => c.ConceptMatch || c.Measure.Indicator == indicator)
            .OrderByDescending(c => c.ConceptMatch)
            .ThenBy(c => c.Measure.Priority)
            .ThenBy(c => c.Measure.Id, StringComparer.Ordinal)
            .Select(c => c.Measure);
    }

    private static int ClassRank(string? findingClass) =>
        string.Equals(findingClass, Urgent, StringComparison.OrdinalIgnoreCase) ? 0
        : string.Equals(findingClass, Develop, StringComparison.OrdinalIgnoreCase) ? 1
        : -1;

    private static MeasureCatalogue LoadSeed()
    {
        using var stream = typeof(MeasureCatalogue).Assembly.GetManifestResourceStream(SeedResource)
            ?? throw new InvalidOperationException(
                $"The seed catalogue is not embedded: the Analysis csproj needs "
                    + $"<EmbeddedResource Include=\"Catalogue/catalogue.json\" LogicalName=\"{SeedResource}\" />."
            );
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd());
        var seed = new MeasureCatalogue(SeedVersion, parsed.Measures);

        // The seed is what every analysis falls back on: a broken one must stop the service at the first use
        // rather than propose wrong or no measures. It ships with the shipped code books, so their concepts are
        // the ones it may name, whatever a service loaded since.
        var errors = CatalogueValidator.Validate(seed.Measures, new CodeBookStore());
        if (errors.Count > 0)
            throw new InvalidDataException(
                "The seed catalogue is not valid: "
                    + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
            );
        return seed;
    }
}
