namespace Ita.Micro.DocumentRendering.Model;

public enum DocumentStatus
{
    Pending,
    Rendered,
}
