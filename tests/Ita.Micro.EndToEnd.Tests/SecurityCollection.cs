using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>The security tests share one system (and <see cref="SecurityData"/> in it); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "security";
}
