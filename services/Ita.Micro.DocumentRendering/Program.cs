using Ita.Micro.DocumentRendering.Apis;
using Ita.Micro.DocumentRendering.Extensions;
using Ita.Micro.ServiceDefaults;
using Ita.Micro.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("document-rendering");
builder.AddApplicationServices();
builder.AddApiDocument(ApiDescriptions.Catalogue);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapDocumentsApi();
app.Run();
