using Ita.Micro.ScoreIngestion.Apis;
using Ita.Micro.ScoreIngestion.Extensions;
using Ita.Micro.ServiceDefaults;
using Ita.Micro.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("score-ingestion");
builder.AddApplicationServices();
builder.AddApiDocument(ApiDescriptions.Catalogue);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapImportsApi();
app.MapAssessmentsApi();
app.MapOrganisationsApi();
app.MapCodeBooksApi();
app.Run();
