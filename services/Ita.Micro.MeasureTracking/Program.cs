using Ita.Micro.MeasureTracking.Apis;
using Ita.Micro.MeasureTracking.Extensions;
using Ita.Micro.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("measure-tracking");
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPlansApi();
app.Run();
