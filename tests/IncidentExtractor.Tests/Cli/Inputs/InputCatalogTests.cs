using System.Text;
using IncidentExtractor.Cli.Inputs;

namespace IncidentExtractor.Tests.Cli.Inputs;

public sealed class InputCatalogTests : IDisposable
{
    private const string Story = "Gunmen attacked a police post in Quetta on Friday, killing two officers.";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<InputItem> Enumerate(InputOptions options, TextReader? stdin, params string[] inputs) =>
        InputCatalog.Enumerate(inputs, options, stdin ?? TextReader.Null).ToList();

    private static List<InputItem> Enumerate(params string[] inputs) => Enumerate(new InputOptions(), null, inputs);

    [Fact]
    public void Nested_folders_are_walked_depth_first_in_ordinal_name_order_with_forward_slash_sources()
    {
        _temp.Write("news/b.txt", Story);
        _temp.Write("news/a/z.txt", Story);
        _temp.Write("news/a/B.txt", Story);
        _temp.Write("news/a.txt", Story);
        _temp.Write("news/notes.md", Story);

        var sources = Enumerate(_temp["news"]).Select(i => i.Source);

        Assert.Equal(["a/B.txt", "a/z.txt", "a.txt", "b.txt"], sources);
    }

    [Fact]
    public void A_file_given_directly_keeps_its_path_as_given()
    {
        var path = _temp.Write("one.txt", Story);

        var item = Assert.Single(Enumerate(path));

        Assert.Equal(path, item.Source);
        Assert.Equal(Story, item.Article!.Text);
    }

    [Fact]
    public void Include_globs_choose_the_files_taken_from_folders()
    {
        _temp.Write("in/a.txt", Story);
        _temp.Write("in/deep/b.html", "<html><body><p>" + Story + "</p></body></html>");
        _temp.Write("in/deep/c.TXT", Story);
        _temp.Write("in/other/d.txt", Story);

        var html = Enumerate(new InputOptions { Includes = ["*.html"] }, null, _temp["in"]);
        var both = Enumerate(new InputOptions { Includes = ["*.txt", "*.html"] }, null, _temp["in"]);
        var rooted = Enumerate(new InputOptions { Include = "other/*.txt" }, null, _temp["in"]);

        Assert.Equal(["deep/b.html"], html.Select(i => i.Source));
        Assert.Equal(["a.txt", "deep/b.html", "deep/c.TXT", "other/d.txt"], both.Select(i => i.Source));
        Assert.Equal(["other/d.txt"], rooted.Select(i => i.Source));
    }

    [Fact]
    public void A_missing_input_gives_a_not_found_error_item()
    {
        var item = Assert.Single(Enumerate(_temp["nowhere.txt"]));

        Assert.Equal("not found", item.Error);
        Assert.Null(item.Article);
    }

    [Fact]
    public void Dash_reads_one_article_from_standard_input()
    {
        var item = Assert.Single(Enumerate(new InputOptions { Published = new DateOnly(2018, 11, 23) }, new StringReader(Story), "-"));

        Assert.Equal("<stdin>", item.Source);
        Assert.Equal(Story, item.Article!.Text);
        Assert.Equal(new DateOnly(2018, 11, 23), item.Article.Published);
    }

    [Fact]
    public void Standard_input_longer_than_the_limit_is_too_large()
    {
        var item = Assert.Single(Enumerate(new InputOptions { MaxBytes = 10 }, new StringReader(Story), "-"));

        Assert.StartsWith("too large", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_rows_become_articles_named_by_id_and_a_malformed_row_names_its_line()
    {
        var batch = _temp.Write("batch.jsonl", string.Join('\n',
            """{"id": "a-1", "text": "First story.", "published": "2019-02-14", "title": "Headline"}""",
            "",
            """{"id": "a-2", "text": "Second story."}""",
            """{"id": "a-3", "text": "Third""",
            """["not", "an", "object"]""",
            """{"text": "no id"}""",
            """{"id": "a-6", "text": "Bad date.", "published": "14/02/2019"}""",
            """{"id": 7, "text": "Numeric id."}"""));

        var items = Enumerate(new InputOptions { Format = InputFormat.Jsonl, Published = new DateOnly(2020, 1, 1) }, null, batch);

        Assert.Equal(["a-1", "a-2", batch + ":4", batch + ":5", batch + ":6", batch + ":7", "7"], items.Select(i => i.Source));
        Assert.Equal(new DateOnly(2019, 2, 14), items[0].Article!.Published);
        Assert.Equal("Headline", items[0].Article!.Title);
        Assert.Equal(new DateOnly(2020, 1, 1), items[1].Article!.Published);
        Assert.StartsWith("malformed JSON Lines row on line 4", items[2].Error, StringComparison.Ordinal);
        Assert.Contains("expected an object", items[3].Error, StringComparison.Ordinal);
        Assert.Contains("no \"id\"", items[4].Error, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", items[5].Error, StringComparison.Ordinal);
        Assert.Equal("Numeric id.", items[6].Article!.Text);
    }

    [Fact]
    public void Json_lines_folders_take_jsonl_files_and_standard_input_rows_name_stdin()
    {
        _temp.Write("batches/b.jsonl", """{"id": "b", "text": "Story b."}""" + "\n");
        _temp.Write("batches/a.jsonl", """{"id": "a", "text": "Story a."}""" + "\r\n" + "{oops\r\n");
        _temp.Write("batches/readme.txt", "not a batch");
        var options = new InputOptions { Format = InputFormat.Jsonl };

        var items = Enumerate(options, new StringReader("""{"id": "s", "text": "From a pipe."}""" + "\n{"), _temp["batches"], "-");

        Assert.Equal(["a", "a.jsonl:2", "b", "s", "<stdin>:2"], items.Select(i => i.Source));
    }

    [Fact]
    public void A_json_lines_row_over_the_limit_is_too_large_and_the_next_row_is_still_read()
    {
        var batch = _temp.Write("big.jsonl", $$"""{"id": "big", "text": "{{new string('x', 500)}}"}""" + "\n" + """{"id": "small", "text": "Short."}""");

        var items = Enumerate(new InputOptions { Format = InputFormat.Jsonl, MaxBytes = 100 }, null, batch);

        Assert.Equal([batch + ":1", "small"], items.Select(i => i.Source));
        Assert.StartsWith("too large", items[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_bad_file_gets_its_error_and_the_good_files_beside_it_are_read()
    {
        var folder = _temp.Folder("mixed");
        _temp.Write("mixed/01-good.txt", Story);
        _temp.Write("mixed/02-empty.txt", []);
        _temp.Write("mixed/03-blank.txt", " \n\t \r\n");
        _temp.Write("mixed/04-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        _temp.Write("mixed/05-utf16le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Story)]);
        _temp.Write("mixed/06-utf16be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Story)]);
        _temp.Write("mixed/07-cp1252.txt", [.. Encoding.ASCII.GetBytes("He said "), 0x93, .. Encoding.ASCII.GetBytes("no"), 0x94, .. Encoding.ASCII.GetBytes(" in Peshawar "), 0x96, .. Encoding.ASCII.GetBytes(" caf"), 0xE9]);
        _temp.Write("mixed/08-page.txt", "<!DOCTYPE html><html><head><title>Blast in Quetta</title><script>var x = 1;</script></head>" +
            "<body><nav>Home | World</nav><h1>Blast in Quetta</h1><p>Two people were hurt.</p><p>Police said more.</p><footer>Copyright</footer></body></html>");
        _temp.Write("mixed/09-large.txt", Encoding.ASCII.GetBytes(new string('a', 2000)));
        _temp.Write("mixed/10-utf8bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00e9 " + Story)]);
        var locked = _temp.Write("mixed/11-locked.txt", Story);
        var vanishing = _temp.Write("mixed/12-vanishing.txt", Story);
        _temp.Write("mixed/13-good.txt", Story);
        Directory.CreateSymbolicLink(_temp["mixed/14-loop"], folder);
        File.CreateSymbolicLink(_temp["mixed/15-dangling.txt"], _temp["nowhere.txt"]);
        TempFolder.TakeAwayPermissions(locked);
        var privileged = CanRead(locked);

        var items = new List<InputItem>();
        foreach (var item in InputCatalog.Enumerate([folder], new InputOptions { MaxBytes = 1000 }, TextReader.Null))
        {
            items.Add(item);
            if (items.Count == 1)
            {
                // The folder has been listed by now: this file disappears between listing and reading.
                File.Delete(vanishing);
            }
        }

        var bySource = items.ToDictionary(i => i.Source);
        Assert.Equal(
            ["01-good.txt", "02-empty.txt", "03-blank.txt", "04-binary.txt", "05-utf16le.txt", "06-utf16be.txt", "07-cp1252.txt",
             "08-page.txt", "09-large.txt", "10-utf8bom.txt", "11-locked.txt", "12-vanishing.txt", "13-good.txt", "14-loop", "15-dangling.txt"],
            items.Select(i => i.Source));
        Assert.Equal(Story, bySource["01-good.txt"].Article!.Text);
        Assert.Equal("empty", bySource["02-empty.txt"].Error);
        Assert.Equal("empty", bySource["03-blank.txt"].Error);
        Assert.Equal("binary file", bySource["04-binary.txt"].Error);
        Assert.Equal(Story, bySource["05-utf16le.txt"].Article!.Text);
        Assert.Equal(Story, bySource["06-utf16be.txt"].Article!.Text);
        Assert.Equal("He said \u201cno\u201d in Peshawar \u2013 caf\u00e9", bySource["07-cp1252.txt"].Article!.Text);
        Assert.Equal("Blast in Quetta\n\nTwo people were hurt.\n\nPolice said more.", bySource["08-page.txt"].Article!.Text);
        Assert.Equal("Blast in Quetta", bySource["08-page.txt"].Article!.Title);
        Assert.StartsWith("too large", bySource["09-large.txt"].Error, StringComparison.Ordinal);
        Assert.Equal("Caf\u00e9 " + Story, bySource["10-utf8bom.txt"].Article!.Text);
        if (!privileged)
        {
            // Root reads any file, so this can only be checked as an ordinary user.
            Assert.Equal("permission denied", bySource["11-locked.txt"].Error);
        }

        Assert.Equal("vanished before it could be read", bySource["12-vanishing.txt"].Error);
        Assert.Equal(Story, bySource["13-good.txt"].Article!.Text);
        Assert.Equal("symlink loop", bySource["14-loop"].Error);
        Assert.Equal("broken symbolic link", bySource["15-dangling.txt"].Error);
    }

    [Fact]
    public void A_cycle_of_links_is_a_symlink_loop()
    {
        var folder = _temp.Folder("cycle");
        _temp.Write("cycle/good.txt", Story);
        File.CreateSymbolicLink(_temp["cycle/a.txt"], _temp["cycle/b.txt"]);
        File.CreateSymbolicLink(_temp["cycle/b.txt"], _temp["cycle/a.txt"]);
        Directory.CreateSymbolicLink(_temp["cycle/sub"], _temp.Folder("elsewhere"));
        _temp.Write("elsewhere/linked.txt", Story);
        Directory.CreateSymbolicLink(_temp["elsewhere/back"], folder);

        var items = Enumerate(folder);

        Assert.Equal(["a.txt", "b.txt", "good.txt", "sub/back", "sub/linked.txt"], items.Select(i => i.Source));
        Assert.Equal(["symlink loop", "symlink loop", null, "symlink loop", null], items.Select(i => i.Error));
    }

    [Fact]
    public void An_unreadable_subfolder_is_an_error_item_and_the_walk_goes_on()
    {
        var folder = _temp.Folder("walk");
        _temp.Write("walk/closed/inside.txt", Story);
        _temp.Write("walk/open.txt", Story);
        TempFolder.TakeAwayPermissions(_temp["walk/closed"]);
        var privileged = CanList(_temp["walk/closed"]);

        var items = Enumerate(folder);

        Assert.Equal(Story, items.Single(i => i.Source == "open.txt").Article!.Text);
        if (!privileged)
        {
            Assert.Contains(items, i => i.Source == "closed" && i.Error == "permission denied");
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool CanList(string path)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
