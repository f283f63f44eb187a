/// The networks `<mj-social-element name="…">` knows: the share link the compiler builds around the
/// element's `href` and the icon it shows. `name="facebook-noshare"` keeps the icon and links to the
/// `href` as written. Checked against mrml's output.
struct MJMLSocialNetwork {
    /// `[[URL]]` stands for the element's href.
    let shareURL: String?
    let icon: String

    static let iconBase = "https://www.mailjet.com/images/theme/v1/icons/ico-social/"

    private static let networks: [String: MJMLSocialNetwork] = [
        "facebook": .init(shareURL: "https://www.facebook.com/sharer/sharer.php?u=[[URL]]", icon: "facebook.png"),
        "twitter": .init(shareURL: "https://twitter.com/intent/tweet?url=[[URL]]", icon: "twitter.png"),
        "x": .init(shareURL: "https://twitter.com/intent/tweet?url=[[URL]]", icon: "twitter-x.png"),
        "google": .init(shareURL: "https://plus.google.com/share?url=[[URL]]", icon: "google-plus.png"),
        "pinterest": .init(shareURL: "https://pinterest.com/pin/create/button/?url=[[URL]]&media=&description=", icon: "pinterest.png"),
        "linkedin": .init(shareURL: "https://www.linkedin.com/shareArticle?mini=true&url=[[URL]]&title=&summary=&source=", icon: "linkedin.png"),
        "tumblr": .init(shareURL: "https://www.tumblr.com/widgets/share/tool?canonicalUrl=[[URL]]", icon: "tumblr.png"),
        "xing": .init(shareURL: "https://www.xing.com/app/user?op=share&url=[[URL]]", icon: "xing.png"),
        "github": .init(shareURL: nil, icon: "github.png"),
        "instagram": .init(shareURL: nil, icon: "instagram.png"),
        "web": .init(shareURL: nil, icon: "web.png"),
        "snapchat": .init(shareURL: nil, icon: "snapchat.png"),
        "youtube": .init(shareURL: nil, icon: "youtube.png"),
        "vimeo": .init(shareURL: nil, icon: "vimeo.png"),
        "medium": .init(shareURL: nil, icon: "medium.png"),
        "soundcloud": .init(shareURL: nil, icon: "soundcloud.png"),
        "dribbble": .init(shareURL: nil, icon: "dribbble.png"),
    ]

    /// The link and icon of a social element: `src` and a share link win over the network's.
    static func resolve(name: String?, href: String?, src: String?) -> (href: String?, src: String?) {
        var network = name ?? ""
        let noShare = network.hasSuffix("-noshare")
        if noShare { network = String(network.dropLast("-noshare".count)) }
        guard let known = networks[network] else { return (href, src) }
        let icon = src ?? iconBase + known.icon
        guard !noShare, let share = known.shareURL, let href else { return (href, icon) }
        return (share.replacing("[[URL]]", with: href), icon)
    }
}
