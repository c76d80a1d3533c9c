fn magnitude(v: i32) -> i32 {
    if v < 0 { -v } else { v }
}

fn main() {
    let readings = [-5, 12, i32::MIN];
    for r in readings {
        println!("|{r}| = {}", magnitude(r));
    }
}
