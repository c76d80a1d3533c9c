fn first(items: *const i32) -> bool { //~ unsupported: raw pointer|*const
    items.is_null()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", first(v.as_ptr()));
}
