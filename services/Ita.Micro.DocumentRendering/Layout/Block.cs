namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// One part of a document's body. Templates build a <see cref="Doc"/> out of these; the HTML and DOCX writers each
/// print every kind of block, so the PDF and the editable DOCX always carry the same content and tables.
/// </summary>
public abstract record Block;
