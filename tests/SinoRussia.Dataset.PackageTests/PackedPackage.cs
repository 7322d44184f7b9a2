using System.Reflection;

namespace SinoRussia.Dataset.PackageTests;

/// <summary>
/// Packs the library, the export package and the curation tool once per test run into a fresh local feed under a unique version, with a fresh
/// NuGet packages folder for consumers, so no stale copy from the global packages folder is used.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "srd-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        PackOutput = string.Concat(new[] { "SinoRussia.Dataset", "SinoRussia.Dataset.Export", "SinoRussia.Dataset.Tool" }.Select(project => DotNet.Run(RepositoryRoot, null,
            "pack", Path.Combine(RepositoryRoot, "src", project, project + ".csproj"),
            "-c", "Release", "-o", Feed, "-p:SinoRussiaDatasetVersion=" + Version, "-nodeReuse:false").ShouldSucceed().Output));
        Nupkg = Path.Combine(Feed, $"SinoRussia.Dataset.{Version}.nupkg");
        ExportNupkg = Path.Combine(Feed, $"SinoRussia.Dataset.Export.{Version}.nupkg");
        ToolNupkg = Path.Combine(Feed, $"SinoRussia.Dataset.Tool.{Version}.nupkg");
    }

    public static string RepositoryRoot { get; } = typeof(PackedPackage).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public string Nupkg { get; }

    public string ExportNupkg { get; }

    public string ToolNupkg { get; }

    public string PackOutput { get; }

    /// <summary>The environment for consumers: a NuGet packages folder of their own.</summary>
    public IDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };

    /// <summary>A new empty consumer folder with a nuget.config that adds the local feed to the machine's sources.</summary>
    public string NewConsumer(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    /// <summary>A new C# project referencing the package, with the given Program.cs and extra project XML.</summary>
    public string CSharpProject(string name, string program, string extraProjectContent = "", string outputType = "Exe")
    {
        var folder = NewConsumer(name);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SinoRussia.Dataset" Version="{Version}" />
              </ItemGroup>
              {extraProjectContent}
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, outputType == "Exe" ? "Program.cs" : "Library.cs"), program);
        return folder;
    }

    /// <summary>Writes a file under a consumer folder, creating its directories.</summary>
    public static string Write(string folder, string relativePath, string content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
