package io.toasty.migrate.internal;

import io.toasty.migrate.MigrationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the {@code V<version>__<name>.sql} files of a location and their {@code U<version>__<name>.sql} down scripts.
 * A location is a directory ({@code db/migration} or {@code filesystem:db/migration}) or a class path folder
 * ({@code classpath:db/migration}), as Flyway names them.
 */
public final class MigrationFiles {
    /** {@code V3__add_age.sql}, {@code U1.2__first.sql}. */
    public static final Pattern FILE_NAME = Pattern.compile("([VU])([0-9][0-9._]*)__(.+)\\.sql");

    private MigrationFiles() {}

    public static List<ResolvedMigration> scan(String location, ClassLoader loader) {
        Map<String, String> texts = new TreeMap<>();
        try {
            if (location.startsWith("classpath:")) {
                readClassPath(location.substring("classpath:".length()), loader, texts);
            } else {
                Path directory = Path.of(location.startsWith("filesystem:") ? location.substring(11) : location);
                if (Files.isDirectory(directory)) {
                    readDirectory(directory, texts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations of " + location + ": " + e.getMessage(), e);
        }
        return resolve(location, texts);
    }

    /** The migrations of class path resources named one by one. */
    public static List<ResolvedMigration> resources(List<String> paths, ClassLoader loader) {
        Map<String, String> texts = new TreeMap<>();
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!FILE_NAME.matcher(name).matches()) {
                throw new MigrationException("Resource " + path
                        + " is not named like a migration: V<version>__<name>.sql" + " or U<version>__<name>.sql");
            }
            try (InputStream in = loader.getResourceAsStream(path.replaceFirst("^/", ""))) {
                if (in == null) {
                    throw new MigrationException("Migration resource " + path + " is not on the class path");
                }
                texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        return resolve("the resources " + paths, texts);
    }

    private static void readDirectory(Path directory, Map<String, String> texts) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (FILE_NAME.matcher(name).matches()) {
                    texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void readClassPath(String folder, ClassLoader loader, Map<String, String> texts) throws IOException {
        String prefix = folder.replaceAll("^/+|/+$", "");
        Enumeration<URL> roots = loader.getResources(prefix);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (root.getProtocol().equals("file")) {
                try {
                    readDirectory(Path.of(root.toURI()), texts);
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            } else if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : jar.stream().toList()) {
                        String name = entry.getName();
                        if (name.startsWith(prefix + "/") && name.indexOf('/', prefix.length() + 1) < 0) {
                            String file = name.substring(prefix.length() + 1);
                            if (FILE_NAME.matcher(file).matches()) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    texts.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static List<ResolvedMigration> resolve(String location, Map<String, String> texts) {
        Map<Version, String[]> ups = new TreeMap<>();
        Map<Version, String> downs = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : texts.entrySet()) {
            Matcher name = FILE_NAME.matcher(file.getKey());
            if (!name.matches()) {
                continue;
            }
            Version version = Version.parse(name.group(2));
            if (name.group(1).equals("V")) {
                String[] previous = ups.put(version, new String[] {file.getKey(), name.group(3), file.getValue()});
                if (previous != null) {
                    throw new MigrationException("Two migrations of " + location + " have version " + version + ": "
                            + previous[0] + " and " + file.getKey() + "; give one of them a new version");
                }
            } else {
                downs.put(version, file.getValue());
            }
        }
        List<ResolvedMigration> resolved = new ArrayList<>();
        ups.forEach((version, up) -> resolved.add(new ResolvedMigration(
                version,
                up[1].replace('_', ' '),
                up[0],
                checksum(up[2]),
                SqlScript.parse(up[2]),
                Optional.ofNullable(downs.get(version)).map(SqlScript::parse),
                null)));
        return resolved;
    }

    /** SHA-256 of the text with line endings made {@code \n}, so a checkout on Windows does not change it. */
    public static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
