/// The built-in attribute defaults of MJML components that change what a recipient sees: colours
/// (for text hidden as the same colour as its background), font sizes (tiny text), font families
/// (which web fonts the compiled page loads) and the icons the compiler adds. Values as MJML 4 and
/// mrml render them.
enum MJMLComponentDefaults {
    static let fontFamily = "Ubuntu, Helvetica, Arial, sans-serif"

    private static let defaults: [String: [String: String]] = [
        "mj-text": ["color": "#000000", "font-family": fontFamily, "font-size": "13px"],
        "mj-button": ["background-color": "#414141", "color": "#ffffff", "font-family": fontFamily, "font-size": "13px"],
        "mj-table": ["color": "#000000", "font-family": fontFamily, "font-size": "13px"],
        "mj-navbar-link": ["color": "#000000", "font-family": fontFamily, "font-size": "13px"],
        "mj-social-element": ["color": "#000", "font-family": fontFamily, "font-size": "13px"],
        "mj-accordion": ["font-family": fontFamily,
                         "icon-wrapped-url": "https://i.imgur.com/bIXv1bk.png", "icon-wrapped-alt": "+",
                         "icon-unwrapped-url": "https://i.imgur.com/w4uTygT.png", "icon-unwrapped-alt": "-",
                         "icon-width": "32px", "icon-height": "32px"],
        "mj-accordion-title": ["font-size": "13px"],
        "mj-accordion-text": ["font-size": "13px"],
        "mj-hero": ["background-color": "#ffffff"],
        "mj-carousel": ["left-icon": "https://i.imgur.com/xTh3hln.png", "right-icon": "https://i.imgur.com/os7o9kz.png",
                        "icon-width": "44px", "thumbnails": "visible"],
    ]

    static func value(_ name: String, for component: String) -> String? { defaults[component]?[name] }

    /// The web fonts the compiler loads, without an `<mj-font>`, when a component's font-family names them.
    static let webFonts: [(name: String, href: String)] = [
        ("Open Sans", "https://fonts.googleapis.com/css?family=Open+Sans:300,400,500,700"),
        ("Droid Sans", "https://fonts.googleapis.com/css?family=Droid+Sans:300,400,500,700"),
        ("Lato", "https://fonts.googleapis.com/css?family=Lato:300,400,500,700"),
        ("Roboto", "https://fonts.googleapis.com/css?family=Roboto:300,400,500,700"),
        ("Ubuntu", "https://fonts.googleapis.com/css?family=Ubuntu:300,400,500,700"),
    ]
}
