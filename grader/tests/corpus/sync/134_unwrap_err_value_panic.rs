#[derive(Debug)]
enum DbError {
    NotFound { table: String, id: u32 },
}

fn lookup(id: u32) -> Result<String, DbError> {
    if id < 3 {
        Ok(format!("row{id}"))
    } else {
        Err(DbError::NotFound { table: "users".into(), id })
    }
}

fn main() {
    for id in 1..=4 {
        println!("{}", lookup(id).unwrap());
    }
}
