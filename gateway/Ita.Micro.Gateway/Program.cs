using Ita.Micro.Gateway.Edge;
using Ita.Micro.Gateway.Extensions;
using Ita.Micro.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("gateway");
builder.AddGateway();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseRequestGuard();
app.MapDefaultEndpoints(afterAuthentication: web => web.UseRateLimiter());
app.MapDevelopmentTokens();
app.MapApiReference();
app.MapGateway();
app.Run();
