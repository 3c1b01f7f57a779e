namespace Ita.Micro.DocumentRendering.Model;

/// <summary>Section "Documents".</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>
    /// The state emblem (ตราครุฑ) as an .svg or a .png file, supplied by the deployment. An SVG is rasterised once to
    /// a PNG by the renderer's Chromium; documents carry that PNG. Empty or missing: documents show a marked empty box
    /// of the emblem's size instead.
    /// </summary>
    public string? EmblemPath { get; set; }

    /// <summary>Thai digits (๐–๙) in documents, as official documents use by default.</summary>
    public bool ThaiDigits { get; set; } = true;

    /// <summary>
    /// Render the analysis document as soon as an analysis arrives (its measures table then says there are none yet),
    /// besides rendering it again with the measures once a plan is drafted. Off: only the drafted plan renders it.
    /// </summary>
    public bool AnalysisOnAssessment { get; set; }

    /// <summary>The office a national summary names as its issuer.</summary>
    public string NationalOffice { get; set; } = "กรมส่งเสริมการปกครองท้องถิ่น";

    /// <summary>The office a province's summary names as its issuer; {province} is the province's name.</summary>
    public string ProvinceOffice { get; set; } = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด{province}";

    /// <summary>The issuing office of a summary of the nation (province null) or of one province.</summary>
    public string IssuingOffice(string? province) =>
        province is null ? NationalOffice : ProvinceOffice.Replace("{province}", province, StringComparison.Ordinal);
}
