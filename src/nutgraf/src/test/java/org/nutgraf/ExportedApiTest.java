package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nutgraf.testing.LibraryPath;

/**
 * The exported API names no type of a package the module keeps to itself ({@code text}, {@code
 * index}), except the few members javadoc marks {@code @lucene.internal}: a user of the module
 * could not name such a type, and the library could not change it without breaking them.
 */
class ExportedApiTest {
  /** The members the library's own other packages need, marked {@code @lucene.internal}. */
  private static final Set<String> INTERNAL =
      Set.of("org.nutgraf.recognition.EntityRecognizer.recognize(org.nutgraf.text.TokenSequence)");

  /** The root of the library's compiled classes, a directory or the inside of its jar. */
  private static Path root() throws IOException {
    Path classes = LibraryPath.classes();
    return Files.isDirectory(classes) ? classes : FileSystems.newFileSystem(classes).getPath("/");
  }

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(root().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void theModuleKeepsTheEngineTextAndIndexPackagesToItself() throws IOException {
    Set<String> exported =
        descriptor().exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(exported.contains("org.nutgraf"), exported.toString());
    assertTrue(!exported.contains("org.nutgraf.text"), exported.toString());
    assertTrue(!exported.contains("org.nutgraf.index"), exported.toString());
  }

  @Test
  void noPublicMemberOfAnExportedPackageNamesAHiddenType() throws Exception {
    ModuleDescriptor module = descriptor();
    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<String> hidden = packages();
    hidden.removeAll(exported);
    assertTrue(hidden.contains("org.nutgraf.text"), hidden.toString());

    Set<String> leaks = new TreeSet<>();
    for (Class<?> c : publicClasses(exported)) {
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(m, hidden, leaks);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers())) {
          check(k, hidden, leaks);
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers()) && isHidden(f.getType(), hidden)) {
          leaks.add(c.getName() + "." + f.getName());
        }
      }
    }
    assertEquals(new TreeSet<>(INTERNAL), leaks);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(Executable e, Set<String> hidden, Set<String> leaks) {
    List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
    if (e instanceof Method m) {
      types.add(m.getGenericReturnType());
    }
    types.addAll(List.of(e.getGenericExceptionTypes()));
    if (types.stream().anyMatch(t -> mentionsHidden(t, hidden))) {
      String params =
          Stream.of(e.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","));
      String name = e instanceof Constructor<?> ? "<init>" : e.getName();
      leaks.add(e.getDeclaringClass().getName() + "." + name + "(" + params + ")");
    }
  }

  /** Whether {@code t}, or a type argument of it at any depth, is in a hidden package. */
  private static boolean mentionsHidden(Type t, Set<String> hidden) {
    if (t instanceof Class<?> c) {
      return isHidden(c, hidden);
    }
    if (t instanceof java.lang.reflect.ParameterizedType p) {
      return mentionsHidden(p.getRawType(), hidden)
          || Stream.of(p.getActualTypeArguments()).anyMatch(a -> mentionsHidden(a, hidden));
    }
    if (t instanceof java.lang.reflect.GenericArrayType a) {
      return mentionsHidden(a.getGenericComponentType(), hidden);
    }
    if (t instanceof java.lang.reflect.WildcardType w) {
      return Stream.of(w.getUpperBounds()).anyMatch(b -> mentionsHidden(b, hidden))
          || Stream.of(w.getLowerBounds()).anyMatch(b -> mentionsHidden(b, hidden));
    }
    return false;
  }

  private static boolean isHidden(Class<?> c, Set<String> hidden) {
    while (c.isArray()) {
      c = c.getComponentType();
    }
    return !c.isPrimitive() && hidden.contains(c.getPackageName());
  }

  /** The library's packages: every directory of its classes that holds a class. */
  private static Set<String> packages() throws IOException {
    Path root = root();
    try (Stream<Path> files = Files.walk(root.resolve("org/nutgraf"))) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f.getParent()).toString().replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The public classes (and public nested classes) of the exported packages. */
  private static List<Class<?>> publicClasses(Set<String> packages) throws Exception {
    Path root = root();
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : packages) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String simple = f.getFileName().toString().replace(".class", "");
          if (simple.equals("package-info")) {
            continue;
          }
          Class<?> c = Class.forName(pkg + "." + simple, false, loader());
          if (isReachable(c)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  /** Public, and public all the way out for a nested class. */
  private static boolean isReachable(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static ClassLoader loader() {
    return ExportedApiTest.class.getClassLoader();
  }
}
