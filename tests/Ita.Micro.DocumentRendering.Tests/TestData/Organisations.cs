using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>
/// The seed organisation (<see cref="Ita.Micro.Testing.Organisations.MaeChan"/>) under the code document rendering's
/// tests were first written with, which their expected texts and file names print.
/// </summary>
public static class Organisations
{
    public static OrganisationInfo MaeChan { get; } = Ita.Micro.Testing.Organisations.MaeChan with { Code = "5630501" };
}
