using Ita.Micro.DocumentRendering.Apis;
using Ita.Micro.DocumentRendering.Extensions;
using Ita.Micro.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("document-rendering");
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDocumentsApi();
app.Run();
