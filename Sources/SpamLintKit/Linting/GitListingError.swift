/// Why git could not list a work tree.
struct GitListingError: Error, Sendable {
    var message: String
}
