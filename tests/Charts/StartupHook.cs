/// <summary>
/// The runtime's startup-hook entry point (a class named StartupHook outside any namespace, with a
/// static Initialize), used only when a test starts the generator with DOTNET_STARTUP_HOOKS pointing
/// at this assembly (FigureSerializerTests); inert otherwise.
/// </summary>
internal static class StartupHook
{
    public static void Initialize() => Site.Tests.Charts.LoadedAssembliesHook.Install();
}
