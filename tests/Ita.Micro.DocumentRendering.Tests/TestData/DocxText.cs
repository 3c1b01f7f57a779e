using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>Opens a DOCX with the OpenXML SDK: its text paragraph by paragraph, and its schema errors.</summary>
public static class DocxText
{
    public static string Text(byte[] docx)
    {
        using var word = Open(docx);
        return string.Join(
            "\n",
            word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)
        );
    }

    public static List<string> Errors(byte[] docx)
    {
        using var word = Open(docx);
        return new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    public static WordprocessingDocument Open(byte[] docx) =>
        WordprocessingDocument.Open(new MemoryStream(docx), false);
}
