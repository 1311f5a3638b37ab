using Jiceng.Testing;

namespace Jiceng.Web.Tests;

/// <summary>One app instance (temporary SQLite, small demo) shared by the web tests; its collection runs them in sequence.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<JicengWebFactory>
{
    public const string Name = "web";
}
