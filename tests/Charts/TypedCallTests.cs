using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using Site.Charts.Plotly;
using Xunit;

namespace Site.Tests.Charts;

/// <summary>
/// TypedCall passes named arguments to Plotly.NET's typed functions as F# would: what is given is
/// Some, what is null or left out is None, generic parameters follow the values, and a name or a
/// value the function cannot take is refused at once rather than dropped.
/// </summary>
public sealed class TypedCallTests
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
        var marker = TypedCall.Init<Marker>(new { Size = (int?)14, Opacity = (double?)null, Symbol = StyleParam.MarkerSymbol.TriangleUp });
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"size":14,"symbol":"5"}"""), Json(marker)), Json(marker).ToJsonString());
    }

    [Fact]
    public void Generic_parameters_follow_the_values()
    {
        var margin = TypedCall.Init<Margin>(new { Left = 8, Right = 2.5, Top = "auto" });
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"l":8,"r":2.5,"t":"auto"}"""), Json(margin)), Json(margin).ToJsonString());
        var axis = TypedCall.Init<LinearAxis>(new { TickVals = new[] { "a", "b" }, TickText = new IConvertible?[] { 1.5, null } });
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"tickvals":["a","b"],"ticktext":[1.5,null]}"""), Json(axis)), Json(axis).ToJsonString());
    }

    [Fact]
    public void A_style_function_styles_the_object_it_is_given()
    {
        var trace = Trace2D.initScatter(TypedCall.Style<Trace2D>(typeof(Trace2DStyle), nameof(Trace2DStyle.Scatter), new { Name = "n", X = new[] { 1.0 }, Mode = StyleParam.Mode.Markers }));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"scatter","name":"n","mode":"markers","x":[1]}"""), Json(trace)), Json(trace).ToJsonString());
    }

    [Fact]
    public void A_name_the_function_does_not_have_is_refused_even_when_null()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TypedCall.Init<Marker>(new { Colour = (string?)null }));
        Assert.Equal("Plotly.NET: Marker.init has no parameter Colour.", error.Message);
    }

    [Fact]
    public void A_value_the_parameter_cannot_take_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TypedCall.Init<Marker>(new { Size = 14.5 }));
        Assert.Equal("Plotly.NET: Marker.init's Size cannot take Double.", error.Message);
    }
}
