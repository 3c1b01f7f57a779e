namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// A recommended measure (มาตรการ) of the catalogue: what a local government can do about a weak indicator or item,
/// in the words its own measures documents use. Nothing is <c>required</c> here so that a measure sent through the
/// API with a missing field reaches <see cref="CatalogueValidator"/>, which names the field in Thai and English,
/// instead of failing in the JSON reader with an English-only message.
/// </summary>
public sealed record CatalogueMeasure
{
    /// <summary>Stable kebab-case key: plans and audits refer to it, so it is never reused for another measure.</summary>
    public string Id { get; init; } = "";

    /// <summary>The ITA indicator (1–10) the measure answers.</summary>
    public int Indicator { get; init; }

    /// <summary>
    /// Item concepts (<see cref="Ita.Micro.Contracts.CodeBooks.CodeBookItem.Concept"/>) the measure answers
    /// directly. Concepts, not item codes, because codes are renumbered between years.
    /// </summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    public string Title { get; init; } = "";

    /// <summary>ขั้นตอน/วิธีการ, in the order they are carried out.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Typical ผู้รับผิดชอบ (สำนักปลัด, กองคลัง …); an organisation adapts them to its own structure.</summary>
    public IReadOnlyList<string> ResponsibleUnits { get; init; } = [];

    /// <summary>Typical ระยะเวลาดำเนินการ within the fiscal year, in Thai.</summary>
    public string Period { get; init; } = "";

    /// <summary>What an OIT assessor looks for as proof that the measure was carried out.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>1 = the most important measure of its indicator; proposals take lower numbers first.</summary>
    public int Priority { get; init; } = 1;

    /// <summary>Where the wording comes from (a seed document or a section of ita-framework.md).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The measure with text trimmed and absent lists made empty: JSON may carry <c>null</c> for a list whatever
    /// the declared type, and a stray space must not make two ids or concepts differ.
    /// </summary>
    public CatalogueMeasure Normalised() =>
        this with
        {
            Id = Id?.Trim() ?? "",
            Concepts = Trim(Concepts),
            Title = Title?.Trim() ?? "",
            Steps = Trim(Steps),
            ResponsibleUnits = Trim(ResponsibleUnits),
            Period = Period?.Trim() ?? "",
            Evidence = Evidence?.Trim() ?? "",
            Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
        };

    private static string[] Trim(IReadOnlyList<string>? values) => values?.Select(v => v?.Trim() ?? "").ToArray() ?? [];
}
