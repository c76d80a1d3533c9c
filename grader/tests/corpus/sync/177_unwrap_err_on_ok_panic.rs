fn validate(input: &str) -> Result<u32, String> {
    input.parse::<u32>().map_err(|e| format!("{input:?}: {e}"))
}

fn main() {
    let err = validate("x1").unwrap_err();
    println!("expected error: {err}");
    let err = validate("12").unwrap_err();
    println!("unreachable {err}");
}
