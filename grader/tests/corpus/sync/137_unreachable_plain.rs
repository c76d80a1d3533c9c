fn category(code: u16) -> &'static str {
    match code / 100 {
        1 => "info",
        2 => "success",
        3 => "redirect",
        4 => "client error",
        5 => "server error",
        _ => unreachable!(),
    }
}

fn main() {
    for code in [200, 301, 404, 503, 700] {
        println!("{code}: {}", category(code));
    }
}
