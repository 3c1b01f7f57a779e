using Xunit;

namespace Ita.Micro.Portal.Tests;

/// <summary>One system and one browser for every portal test: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalSystem>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "portal";
}
