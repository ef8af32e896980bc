#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

namespace scanshield::modules {

// ScanShield's optional parts (OCR with Tesseract, PDF printing with Qt Gui) are shared
// modules loaded the first time they are needed. Linking them into every program would make
// `scanshield-cli scan` load a hundred libraries it never uses: Tesseract alone brings
// Leptonica, image codecs and curl, and start-up time was a third of a warm scan.
//
// A module is looked for, in this order:
//  1. only in $SCANSHIELD_MODULE_DIR when that is set (packaging, tests);
//  2. in the installed place, relative to the running program (bin/../lib/.../scanshield);
//  3. in the build tree the program was built in.

// The folders searched, in order.
QStringList moduleSearchPath();

// The address of `symbol` in module `name` (for example "scanshield_ocr"), loading the module
// on first use; modules stay loaded until the program ends. Null when the module or the
// symbol cannot be found, with a sentence for a person in *error.
QFunctionPointer resolveModuleSymbol(const QString& name, const char* symbol, QString* error);

} // namespace scanshield::modules
