package dev.hindsight.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hindsight.ingest.SourceFinder.FindResult;
import dev.hindsight.ingest.SourceFinder.FoundSource;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFinderTest {

  @TempDir Path dir;

  private final SourceFinder finder = new SourceFinder();

  @Test
  void walksFoldersRecursivelyInSortedOrder() throws IOException {
    touch("b.md");
    touch("a/z.txt");
    touch("a/deeper/still/c.html");
    touch("a.md");

    FindResult result = finder.find(List.of(dir));

    assertEquals(
        List.of(source("a.md"), source("a/deeper/still/c.html"), source("a/z.txt"), source("b.md")),
        sources(result));
    assertEquals(List.of(), result.problems());
  }

  @Test
  void keepsOnlySupportedExtensionsWhateverTheirCase() throws IOException {
    touch("OUTAGE.MD");
    touch("notes.Markdown");
    touch("page.htm");
    touch("diagram.png");
    touch("postmortem.docx");
    touch("README");

    FindResult result = finder.find(List.of(dir));

    assertEquals(List.of(source("OUTAGE.MD"), source("notes.Markdown"), source("page.htm")), sources(result));
  }

  @Test
  void skipsHiddenFoldersSuchAsGit() throws IOException {
    touch(".git/COMMIT_EDITMSG.txt");
    touch(".obsidian/notes.md");
    touch("kept.md");

    assertEquals(List.of(source("kept.md")), sources(finder.find(List.of(dir))));
  }

  @Test
  void skipsHiddenFilesSuchAsEditorLocksAndMacForks() throws IOException {
    touch("._outage.md");
    touch(".#outage.md");
    touch("outage.md");

    assertEquals(List.of(source("outage.md")), sources(finder.find(List.of(dir))));
  }

  @Test
  void walksAHiddenFolderTheUserNamed() throws IOException {
    Path hidden = Files.createDirectories(dir.resolve(".drafts"));
    touch(".drafts/a.md");

    assertEquals(List.of(hidden + "/a.md"), sources(finder.find(List.of(hidden))));
  }

  @Test
  void keepsExplicitFileWithUnsupportedExtension() throws IOException {
    Path docx = touch("postmortem.docx");

    FindResult result = finder.find(List.of(docx));

    assertEquals(List.of(new FoundSource(docx, docx.toString())), result.sources());
  }

  @Test
  void namesFilesByRootAsGivenJoinedWithTheirPathBelowIt() throws IOException {
    touch("data/postmortems/a.md");
    // A relative root, as a user would type it; the source must keep that form, not become absolute.
    Path relativeRoot = Path.of("").toAbsolutePath().relativize(dir.resolve("data"));

    FindResult result = finder.find(List.of(relativeRoot));

    assertEquals(List.of(relativeRoot + "/postmortems/a.md"), sources(result));
    assertEquals(relativeRoot.resolve("postmortems/a.md"), result.sources().get(0).path());
  }

  @Test
  void reportsMissingRootInsteadOfThrowing() throws IOException {
    touch("real.md");
    Path missing = dir.resolve("no-such-folder");

    FindResult result = finder.find(List.of(missing, dir));

    assertEquals(List.of(source("real.md")), sources(result));
    assertEquals(1, result.problems().size());
    RejectedSource problem = result.problems().get(0);
    assertEquals(missing.toString(), problem.source());
    assertTrue(problem.reason().startsWith("the path does not exist"), problem.reason());
  }

  @Test
  void survivesSymlinkLoop() throws IOException {
    touch("team/outage.md");
    Path loop = dir.resolve("team/back-to-top");
    createSymbolicLinkOrSkip(loop, dir);

    FindResult result = finder.find(List.of(dir));

    assertEquals(List.of(source("team/outage.md")), sources(result));
    assertEquals(1, result.problems().size());
    assertEquals(source("team/back-to-top"), result.problems().get(0).source());
    assertTrue(result.problems().get(0).reason().contains("(a loop)"), result.problems().get(0).reason());
  }

  @Test
  void reportsRootThatIsASymlinkToItself() throws IOException {
    Path selfLink = dir.resolve("self");
    createSymbolicLinkOrSkip(selfLink, selfLink);

    FindResult result = finder.find(List.of(selfLink));

    assertEquals(List.of(), result.sources());
    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).reason().startsWith("it cannot be read: "), result.problems().get(0).reason());
  }

  @Test
  void listsTheSameRealFileOnce() throws IOException {
    Path file = touch("real/a.md");
    createSymbolicLinkOrSkip(dir.resolve("alias"), dir.resolve("real"));

    FindResult result = finder.find(List.of(dir, file, dir));

    // "alias/a.md" sorts before "real/a.md", so the first name in sorted order is the one kept.
    assertEquals(List.of(source("alias/a.md")), sources(result));
  }

  @Test
  void reportsSymbolicLinkToNothingUnderAFolder() throws IOException {
    createSymbolicLinkOrSkip(dir.resolve("dangling.md"), dir.resolve("deleted.md"));

    FindResult result = finder.find(List.of(dir));

    assertEquals(List.of(), result.sources());
    assertEquals(source("dangling.md"), result.problems().get(0).source());
    assertEquals("it is a symbolic link to something that does not exist", result.problems().get(0).reason());
  }

  @Test
  void reportsUnreadableFolder() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "needs POSIX permissions to make a folder unreadable");
    touch("locked/a.md");
    Path locked = dir.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(
          Files.isReadable(locked),
          "running as root (or with CAP_DAC_OVERRIDE): root lists folders whatever their permissions, "
              + "so no unreadable folder can be made here");

      FindResult result = finder.find(List.of(dir));

      assertEquals(List.of(), result.sources());
      assertEquals(source("locked"), result.problems().get(0).source());
      assertEquals("it cannot be read: permission denied; check its permissions", result.problems().get(0).reason());
    } finally {
      // @TempDir must be able to delete what is inside.
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void findsNothingWithoutComplaintInAnEmptyFolder() {
    FindResult result = finder.find(List.of(dir));

    assertEquals(List.of(), result.sources());
    assertEquals(List.of(), result.problems());
  }

  private Path touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "# " + relative);
  }

  private String source(String relative) {
    return dir + "/" + relative;
  }

  private static List<String> sources(FindResult result) {
    return result.sources().stream().map(FoundSource::source).toList();
  }

  private static void createSymbolicLinkOrSkip(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "this file system has no symbolic links: " + e.getMessage());
    }
  }
}
