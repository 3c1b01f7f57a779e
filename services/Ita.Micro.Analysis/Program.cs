using Ita.Micro.Analysis.Apis;
using Ita.Micro.Analysis.Extensions;
using Ita.Micro.ServiceDefaults;
using Ita.Micro.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("analysis");
builder.AddApplicationServices();
builder.AddApiDocument(ApiDescriptions.Catalogue);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapAnalysesApi();
app.MapPeersApi();
app.MapStatisticsApi();
app.MapCatalogueApi();
app.Run();
