namespace Ita.Micro.Analysis.Tests.Api;

/// <summary>
/// One private RabbitMQ broker for the API test classes (their tests run one at a time). Named apart from any other
/// collection of this assembly: xunit refuses two definitions of one name.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AnalysisApiBrokerCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "Analysis API broker";
}
