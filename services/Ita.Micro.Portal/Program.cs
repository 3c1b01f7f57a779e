using Ita.Micro.Portal.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
app.MapPortal();
app.Run();

/// <summary>The entry point, named for tests that host the portal.</summary>
public partial class Program;
