#pragma once

#include <QString>

#include <array>
#include <optional>

namespace scanshield::exposure {

// The kinds of things a disc can reveal, in the order the report shows them.
enum class Category { Identity, Dates, Places, People, Devices, FreeText, Private, BurnedIn, Face, OutsideDicom };

inline constexpr std::array<Category, 10> kAllCategories = {
    Category::Identity, Category::Dates,   Category::Places,   Category::People, Category::Devices,
    Category::FreeText, Category::Private, Category::BurnedIn, Category::Face,   Category::OutsideDicom};

// The stable spelling used in JSON and in the catalogue: identity, dates, places, people,
// devices, free_text, private, burned_in, face, outside_dicom.
QString categoryKey(Category category);
std::optional<Category> categoryFromKey(const QString& key);

} // namespace scanshield::exposure
