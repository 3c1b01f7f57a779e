namespace Ita.Micro.Portal.Components.Shared;

public sealed class SignatoryForm
{
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
    public string ActingFor { get; set; } = "";
}
