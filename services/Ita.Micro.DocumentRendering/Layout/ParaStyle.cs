namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>The few paragraph styles Thai official documents use.</summary>
public enum ParaStyle
{
    /// <summary>Body text: first line indented 2.5 cm, left-aligned (justified Thai opens wide gaps).</summary>
    Body,

    /// <summary>No indent: list items, headings inside a section, field lines of a memo.</summary>
    Plain,

    /// <summary>A bold section heading.</summary>
    Heading,

    /// <summary>Centred text (the lines under a title).</summary>
    Centre,

    /// <summary>The document's title: bold, larger, centred.</summary>
    Title,

    /// <summary>The memo's "บันทึกข้อความ": bold 29 pt, centred.</summary>
    MemoTitle,

    /// <summary>Indented one level further than body text: steps and sub-items.</summary>
    Indented,

    /// <summary>A step under a measure: first line at the body's indent, no space after (the seeds' lists).</summary>
    Step,

    /// <summary>A ประกาศ's "ประกาศ ณ วันที่ …", indented 5 cm as the seeds place it above the signature.</summary>
    Dated,
}
