package blog.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * @Size on text counts characters (code points), as JSON Schema's maxLength does, rather than
 * UTF-16 units: a 100-character name of emoji fits a 100-character limit.
 */
@ApplicationScoped
public class CodePointSizes implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class)
                .includeExistingValidators(false)
                .validatedBy(TextSize.class)
                .validatedBy(CollectionSize.class);
        configuration.addMapping(mapping);
    }

    /** Size of text in code points. */
    public static class TextSize implements ConstraintValidator<Size, CharSequence> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            int length = Character.codePointCount(text, 0, text.length());
            return length >= min && length <= max;
        }
    }

    /** Size of a collection in elements. */
    public static class CollectionSize implements ConstraintValidator<Size, Collection<?>> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(Collection<?> collection, ConstraintValidatorContext context) {
            return collection == null || (collection.size() >= min && collection.size() <= max);
        }
    }
}
