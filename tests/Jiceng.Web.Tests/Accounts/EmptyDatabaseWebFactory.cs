using Jiceng.Testing;

namespace Jiceng.Web.Tests.Accounts;

/// <summary>The app started on an empty database without demo data, as a district starts it in production.</summary>
public sealed class EmptyDatabaseWebFactory : JicengWebFactory
{
    public EmptyDatabaseWebFactory() => SeedDemo = false;
}

[CollectionDefinition(Name)]
public sealed class EmptyDatabaseCollection : ICollectionFixture<EmptyDatabaseWebFactory>
{
    public const string Name = "web-empty";
}
