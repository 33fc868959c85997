package dev.hindsight.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Finds the postmortem files under the paths a user gave, reporting what it cannot use instead of throwing. */
public final class SourceFinder {

  /**
   * A file to read.
   *
   * @param path where the file is
   * @param source how to name it to the user: the root as given, then the path below it, with '/'
   */
  public record FoundSource(Path path, String source) {

    public FoundSource {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * What {@link #find} found.
   *
   * @param sources files to read, sorted by source, each real file once
   * @param problems roots and folders that could not be used, sorted by source, each with a reason
   */
  public record FindResult(List<FoundSource> sources, List<RejectedSource> problems) {

    public FindResult {
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Walks {@code roots}: a folder is searched recursively for files whose extension {@link
   * DocumentFormat} knows, skipping hidden entries such as {@code .git}; a file is kept whatever its
   * extension, so that a file the user named is never dropped without a reason from the reader.
   */
  public FindResult find(List<Path> roots) {
    List<FoundSource> found = new ArrayList<>();
    List<RejectedSource> problems = new ArrayList<>();
    for (Path root : roots) {
      String rootSource = withSlashes(root);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(root, BasicFileAttributes.class);
      } catch (IOException e) {
        problems.add(problem(rootSource, whyRootUnusable(root, e)));
        continue;
      }
      if (attributes.isDirectory()) {
        walk(root, rootSource, found, problems);
      } else {
        found.add(new FoundSource(root, rootSource));
      }
    }
    problems.sort(Comparator.comparing(RejectedSource::source));
    return new FindResult(onePerRealFile(found), problems);
  }

  private static void walk(Path root, String rootSource, List<FoundSource> found, List<RejectedSource> problems) {
    try {
      // FOLLOW_LINKS so linked folders are searched; the walker then detects loops and reports them
      // to visitFileFailed as FileSystemLoopException.
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // Hidden files are editor locks, swap files and macOS "._" forks, never postmortems.
              if (isHidden(file) || DocumentFormat.forFileName(file.getFileName().toString()).isEmpty()) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // Following links, the walker hands over the link itself only when its target cannot be reached.
                problems.add(
                    problem(sourceOf(root, rootSource, file), "it is a symbolic link to something that does not exist"));
              } else {
                found.add(new FoundSource(file, sourceOf(root, rootSource, file)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A hidden folder would have been skipped had it been readable, so its failure is no news.
              if (!file.equals(root) && isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              problems.add(problem(sourceOf(root, rootSource, file), whyEntryUnusable(e)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                problems.add(
                    problem(sourceOf(root, rootSource, dir), "the folder could only partly be listed: " + describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // The visitor never throws, so this is the walk itself failing to start on the root.
      problems.add(problem(rootSource, whyEntryUnusable(e)));
    }
  }

  /** Sorts by source and keeps the first of several paths to the same real file, e.g. via a linked folder. */
  private static List<FoundSource> onePerRealFile(List<FoundSource> found) {
    List<FoundSource> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(FoundSource::source));
    Set<Path> seen = new HashSet<>();
    List<FoundSource> unique = new ArrayList<>();
    for (FoundSource source : sorted) {
      if (seen.add(realPath(source.path()))) {
        unique.add(source);
      }
    }
    return unique;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      // The file vanished or cannot be resolved; its plain absolute path still identifies it, and the
      // reader will report what is wrong with it.
      return path.toAbsolutePath().normalize();
    }
  }

  /** Dot-names are hidden on every platform Hindsight runs on; going by name keeps the walk deterministic. */
  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String sourceOf(Path root, String rootSource, Path entry) {
    List<String> names = new ArrayList<>();
    root.relativize(entry).forEach(name -> names.add(name.toString()));
    String relative = String.join("/", names);
    if (relative.isEmpty()) {
      return rootSource;
    }
    if (rootSource.isEmpty() || rootSource.endsWith("/")) {
      return rootSource + relative;
    }
    return rootSource + "/" + relative;
  }

  /** The path as the user gave it, with '/' between names whatever the platform. */
  private static String withSlashes(Path path) {
    String separator = path.getFileSystem().getSeparator();
    return separator.equals("/") ? path.toString() : path.toString().replace(separator, "/");
  }

  private static RejectedSource problem(String source, String reason) {
    return RejectedSource.unread(source, reason);
  }

  private static String whyRootUnusable(Path root, IOException e) {
    if (e instanceof NoSuchFileException) {
      return Files.isSymbolicLink(root)
          ? "it is a symbolic link to something that does not exist"
          : "the path does not exist; check its spelling and the folder it is relative to";
    }
    return whyEntryUnusable(e);
  }

  /** Why a file or folder could not be used, as one clause a user understands. */
  public static String whyEntryUnusable(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "it is a symbolic link back to a folder that contains it (a loop); "
          + "that folder's files are read once, by their other path";
    }
    if (e instanceof AccessDeniedException) {
      return "it cannot be read: permission denied; check its permissions";
    }
    if (e instanceof NoSuchFileException) {
      return "it disappeared while the folders were being searched";
    }
    return "it cannot be read: " + describe(e);
  }

  private static String describe(IOException e) {
    if (e instanceof FileSystemException fileSystemException && fileSystemException.getReason() != null) {
      return fileSystemException.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() != null ? e.getMessage() : "an I/O error (" + e.getClass().getSimpleName() + ")";
  }
}
