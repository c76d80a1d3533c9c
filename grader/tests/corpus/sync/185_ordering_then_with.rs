use std::cmp::Ordering;

#[derive(Debug)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
    pre: Option<&'static str>,
}

fn compare(a: &Version, b: &Version) -> Ordering {
    a.major
        .cmp(&b.major)
        .then(a.minor.cmp(&b.minor))
        .then_with(|| a.patch.cmp(&b.patch))
        .then_with(|| match (a.pre, b.pre) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(x), Some(y)) => x.cmp(y),
        })
}

fn parse(s: &'static str) -> Version {
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (s, None),
    };
    let nums: Vec<u32> = core.split('.').map(|n| n.parse().unwrap()).collect();
    Version { major: nums[0], minor: nums[1], patch: nums[2], pre }
}

fn main() {
    let mut versions: Vec<Version> = ["1.10.0", "1.2.0", "1.2.0-beta", "0.9.9", "1.2.0-alpha", "2.0.0", "1.2.10"].into_iter().map(parse).collect();
    versions.sort_by(compare);
    for v in &versions {
        println!("{}.{}.{}{}", v.major, v.minor, v.patch, v.pre.map(|p| format!("-{p}")).unwrap_or_default());
    }
    println!("{:?}", compare(&parse("1.0.0"), &parse("1.0.0-rc")));
    println!("{:?}", Ordering::Less.reverse());
    println!("{}", Ordering::Greater.is_gt());
    println!("{:?}", 3.cmp(&3).then(Ordering::Less));
    println!("{:?}", "b".partial_cmp("a"));
    println!("{:?}", 1.0f64.partial_cmp(&f64::NAN));
    println!("{:?}", 2.5f64.total_cmp(&-0.0));
}
