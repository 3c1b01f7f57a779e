using Ita.Micro.ScoreIngestion.Apis;
using Ita.Micro.ScoreIngestion.Extensions;
using Ita.Micro.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("score-ingestion");
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapImportsApi();
app.MapAssessmentsApi();
app.MapOrganisationsApi();
app.MapCodeBooksApi();
app.Run();
