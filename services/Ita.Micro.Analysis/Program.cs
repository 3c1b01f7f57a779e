using Ita.Micro.Analysis.Apis;
using Ita.Micro.Analysis.Extensions;
using Ita.Micro.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("analysis");
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapAnalysesApi();
app.MapPeersApi();
app.MapStatisticsApi();
app.MapCatalogueApi();
app.Run();
