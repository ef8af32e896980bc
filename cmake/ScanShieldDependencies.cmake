# Every dependency comes from Debian 12 packages; scripts/install-deps.sh installs them.
find_package(PkgConfig REQUIRED)

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent PrintSupport Pdf
             PdfWidgets Svg OpenGLWidgets Test LinguistTools)
find_package(DCMTK REQUIRED CONFIG)
find_package(SQLite3 REQUIRED)
find_package(GTest REQUIRED)
pkg_check_modules(LIBARCHIVE REQUIRED IMPORTED_TARGET libarchive)
# pkg-config rather than find_package(OpenJPEG): the latter warns about missing tools.
pkg_check_modules(OPENJPEG REQUIRED IMPORTED_TARGET libopenjp2)
# OCR of text burned into the pixels. tesseract.pc requires lept (Leptonica), so its flags come along.
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract)

# Debian's VTK is built with MPI support and for Qt 5: ask for MPI first and list only the
# components we use, never the Qt ones (TOOLCHAIN.md pitfalls 1 and 2).
find_package(MPI COMPONENTS C QUIET)
if(NOT TARGET MPI::MPI_C)
  add_library(MPI::MPI_C INTERFACE IMPORTED)
endif()
find_package(VTK 9.1 REQUIRED COMPONENTS CommonCore CommonDataModel FiltersCore
             FiltersGeneral FiltersModeling ImagingCore IOImage RenderingCore
             RenderingOpenGL2 InteractionStyle)

# DCMTK libraries ScanShield uses. dcmnet is deliberately absent: no network code.
set(SCANSHIELD_DCMTK_LIBS DCMTK::dcmdata DCMTK::dcmimgle DCMTK::dcmimage DCMTK::dcmjpeg
    DCMTK::dcmjpls DCMTK::ofstd DCMTK::oflog)
