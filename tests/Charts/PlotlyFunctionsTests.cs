using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using Site.Charts.Plotly;
using Xunit;

namespace Site.Tests.Charts;

/// <summary>
/// The generated wrappers (src/Charts/Plotly/PlotlyFunctions.g.cs) pass named arguments to Plotly.NET's
/// typed functions as F# would: what is given is Some, what is null or left out is None, a generic
/// parameter takes any value its constraint allows, and a style function styles the object it is given.
/// A name the function does not have no longer compiles.
/// </summary>
public sealed class PlotlyFunctionsTests
{
    private static JsonNode Json(DynamicObj.DynamicObj value)
    {
        var layout = new Layout();
        layout.SetProperty("probe", value);
        var chart = GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, new List<Trace>()));
        return JsonNode.Parse(FigureSerializer.Write(chart))!["layout"]!["probe"]!;
    }

    [Fact]
    public void Given_arguments_are_set_by_plotly_net_and_null_ones_are_left_out()
    {
        var marker = PlotlyFunctions.MarkerInit(Size: 14, Opacity: null, Symbol: StyleParam.MarkerSymbol.TriangleUp);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"size":14,"symbol":"5"}"""), Json(marker)), Json(marker).ToJsonString());
    }

    [Fact]
    public void Generic_parameters_take_any_value_their_constraint_allows()
    {
        var margin = PlotlyFunctions.MarginInit(Left: 8, Right: 2.5, Top: "auto");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"l":8,"r":2.5,"t":"auto"}"""), Json(margin)), Json(margin).ToJsonString());
        var axis = PlotlyFunctions.LinearAxisInit(TickVals: new[] { "a", "b" }, TickText: new IConvertible?[] { 1.5, null });
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"tickvals":["a","b"],"ticktext":[1.5,null]}"""), Json(axis)), Json(axis).ToJsonString());
    }

    [Fact]
    public void A_sequence_of_numbers_is_taken_where_a_sequence_of_a_generic_element_is_asked()
    {
        var trace = Trace2D.initBar(PlotlyFunctions.Trace2DStyleBar(X: new[] { 1.5, 2.0 }, Y: new[] { 3, 4 }, MultiText: new[] { "a", "b" }));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"bar","x":[1.5,2],"y":[3,4],"text":["a","b"]}"""), Json(trace)), Json(trace).ToJsonString());
    }

    [Fact]
    public void A_style_function_styles_the_object_it_is_given()
    {
        var trace = Trace2D.initScatter(PlotlyFunctions.Trace2DStyleScatter(Name: "n", X: new[] { 1.0 }, Mode: StyleParam.Mode.Markers));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"scatter","name":"n","mode":"markers","x":[1]}"""), Json(trace)), Json(trace).ToJsonString());
        var axis = PlotlyFunctions.LinearAxisStyle(NTicks: 5).Invoke(PlotlyFunctions.LinearAxisInit(ShowLine: false));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"showline":false,"nticks":5}"""), Json(axis)), Json(axis).ToJsonString());
    }
}
