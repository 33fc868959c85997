package dev.hindsight.dashboards.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Hindsight.class.getPackage().getImplementationVersion();
    return new String[] {"hindsight " + (v == null ? "development build" : v)};
  }
}
